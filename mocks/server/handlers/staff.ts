import { staffEndpoints } from '@/shared/staff/api/endpoints';
import type { StaffInput, StaffMember } from '@/shared/staff/schemas';
import { clock } from '../../runtime/clock';
import { db, nextId } from '../db';
import { fieldChanges, recordAudit } from '../model/audit';
import {
  assertAdminRemains,
  assertEmailFree,
  sessionsLeftOut,
  sessionsLeftOutProblem,
  signOutEverywhere,
} from '../model/staff';
import { route } from '../route';
import { compareText, expectVersion, getOr404, requireRole } from '../utils';

/** Demo accounts created by the admin get this password too. */
const newAccountPassword = 'veindesk-demo';

const staffFields = ['name', 'email', 'role', 'workingHours', 'active'] as const satisfies (keyof StaffInput)[];

function updateAction(existing: StaffMember, next: StaffInput): string {
  if (existing.active && !next.active) return 'deactivate';
  if (!existing.active && next.active) return 'reactivate';
  return 'update';
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
    const { version: _version, confirmSessions, ...input } = body;
    assertEmailFree(input.email, existing.id);
    assertAdminRemains(existing, input);
    const leftOut = sessionsLeftOut(existing, input);
    if (leftOut.length > 0 && !confirmSessions) {
      throw sessionsLeftOutProblem(existing, leftOut, existing.active && !input.active);
    }
    const updated: StaffMember = { ...existing, ...input, version: existing.version + 1 };
    db.staff.set(updated.id, updated);
    if (!updated.active) signOutEverywhere(updated.id);
    const changes = fieldChanges(existing, updated, staffFields);
    const changed = changes.length > 0 ? changes.map((change) => change.field).join(', ') : 'nothing';
    const kept = leftOut.length > 0 ? `; ${leftOut.length} booked visits left to rebook` : '';
    recordAudit(
      actor,
      'staff',
      updated.id,
      updateAction(existing, input),
      `Updated ${updated.name}: ${changed}${kept}`,
      clock.nowIso(),
      changes,
    );
    return updated;
  }),
];
