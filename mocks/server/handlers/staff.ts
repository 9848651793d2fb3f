import { staffEndpoints } from '@/shared/staff/api/endpoints';
import type { StaffInput, StaffMember } from '@/shared/staff/schemas';
import { db, nextId } from '../db';
import { recordAudit } from '../model/audit';
import { validationProblem } from '../problem-error';
import { route } from '../route';
import { compareText, expectVersion, getOr404, requireRole } from '../utils';

/** Demo accounts created by the admin get this password too. */
const newAccountPassword = 'veindesk-demo';

function assertEmailFree(email: string, exceptId?: string): void {
  const taken = [...db.staff.values()].some((member) => member.email === email && member.id !== exceptId);
  if (taken) throw validationProblem({ email: ['Another staff member already uses this email address'] });
}

function changedFields(before: StaffMember, after: StaffInput): string {
  const keys = (Object.keys(after) as (keyof StaffInput)[]).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
  return keys.length > 0 ? keys.join(', ') : 'nothing';
}

export const staffHandlers = [
  route(staffEndpoints.list, () => [...db.staff.values()].sort((a, b) => compareText(a.name, b.name))),

  route(staffEndpoints.create, ({ body, actor }) => {
    requireRole(actor, ['admin'], 'add staff accounts');
    assertEmailFree(body.email);
    const member: StaffMember = { ...body, id: nextId('stf'), version: 1 };
    db.staff.set(member.id, member);
    db.passwords.set(member.id, newAccountPassword);
    recordAudit(actor, 'staff', member.id, 'create', `Added ${member.name} (${member.role})`);
    return member;
  }),

  route(staffEndpoints.update, ({ body, params, actor }) => {
    requireRole(actor, ['admin'], 'change staff accounts');
    const existing = getOr404(db.staff, params.id, 'Staff member');
    expectVersion(existing, body.version, 'staff member', existing);
    assertEmailFree(body.email, existing.id);
    const { version: _version, ...input } = body;
    const updated: StaffMember = { ...existing, ...input, version: existing.version + 1 };
    db.staff.set(updated.id, updated);
    recordAudit(actor, 'staff', updated.id, 'update', `Updated ${updated.name}: ${changedFields(existing, input)}`);
    return updated;
  }),
];
