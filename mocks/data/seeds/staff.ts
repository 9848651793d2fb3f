import type { WeeklyHours } from '@/lib/schema-fields';
import type { Role } from '@/shared/staff/schemas';
import { db } from '../../server/db';
import { buildStaff } from '../factories';

export const demoPassword = 'veindesk-demo';

/** The same hours on the given weekdays (0 = Sunday), closed on the others. */
const onDays = (open: string, close: string, days: readonly number[]): WeeklyHours =>
  Array.from({ length: 7 }, (_, day) => (days.includes(day) ? { open, close } : null));

interface SeededAccount {
  name: string;
  email: string;
  role: Role;
  workingHours: WeeklyHours | null;
}

const accounts: SeededAccount[] = [
  { name: 'Alex Morgan', email: 'admin@veindesk.test', role: 'admin', workingHours: null },
  { name: 'Jordan Blake', email: 'frontdesk@veindesk.test', role: 'front_desk', workingHours: null },
  { name: 'Priya Shah', email: 'priya.shah@veindesk.test', role: 'front_desk', workingHours: null },
  { name: 'Sam Carter', email: 'sam.carter@veindesk.test', role: 'front_desk', workingHours: null },
  {
    name: 'Dana Reyes',
    email: 'dana.reyes@veindesk.test',
    role: 'clinician',
    workingHours: onDays('08:00', '16:00', [1, 2, 3, 4, 5]).with(6, { open: '09:00', close: '13:00' }),
  },
  {
    name: 'Elena Park',
    email: 'clinician@veindesk.test',
    role: 'clinician',
    workingHours: onDays('10:00', '18:00', [1, 3, 5]),
  },
  {
    name: 'Marcus Bell',
    email: 'marcus.bell@veindesk.test',
    role: 'clinician',
    workingHours: onDays('08:00', '18:00', [2, 3, 4]),
  },
];

/** Every seeded account signs in with the same demo password (cited in the README and tests). */
export const seededAccounts = accounts.map(({ name, email, role }) => ({ name, email, role, password: demoPassword }));

export function seedStaff(): void {
  for (const account of accounts) {
    const member = buildStaff(account);
    db.staff.set(member.id, member);
    db.passwords.set(member.id, demoPassword);
  }
}

export function staffByRole(role: Role) {
  return [...db.staff.values()].filter((member) => member.role === role && member.active);
}
