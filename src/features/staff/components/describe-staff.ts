import { describeWeeklyHours } from '@/lib/weekly-hours';
import { roleLabels, type StaffInput, type StaffMember } from '@/shared/staff/schemas';

export type StaffFormValues = Omit<StaffInput, 'active'>;

export const emptyStaff: StaffFormValues = { name: '', email: '', role: 'front_desk', workingHours: null };

export const formValuesOf = ({ name, email, role, workingHours }: StaffMember): StaffFormValues => ({
  name,
  email,
  role,
  workingHours,
});

export function describeHours(member: Pick<StaffMember, 'role' | 'workingHours'>): string {
  if (member.role !== 'clinician') return '–';
  return member.workingHours ? describeWeeklyHours(member.workingHours) : 'Whenever the clinic is open';
}

/** One field of an account in words, for the stale-version notice. */
export function describeStaffField(field: keyof StaffFormValues, values: StaffFormValues): string {
  switch (field) {
    case 'role':
      return roleLabels[values.role];
    case 'workingHours':
      return describeHours(values);
    default:
      return values[field];
  }
}
