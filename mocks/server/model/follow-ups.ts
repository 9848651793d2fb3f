import type { FollowUpCall } from '@/features/follow-up-calls/schemas';
import { followUpReasonLabels } from '@/features/follow-up-calls/schemas';
import type { FollowUpProposal } from '@/features/treatment-series/domain/session-outcome';
import type { Session } from '@/features/treatment-series/schemas';
import { formatClinic } from '@/lib/clinic-time';
import { shortDateTimeFormat } from '@/lib/date-formats';
import type { StaffMember } from '@/shared/staff/schemas';
import { buildFollowUp } from '../../data/factories';
import { db, type StoredSeries } from '../db';
import { recordAudit } from './audit';
import { patientNameOf } from './series';

/** The 72-hour check is about the session; booking and check-in calls are about the series. */
function subjectOf(proposal: FollowUpProposal, series: StoredSeries, session: Session): FollowUpCall['subject'] {
  return proposal.reason === 'post_treatment_72h'
    ? { kind: 'session', id: session.id }
    : { kind: 'series', id: series.id };
}

/** Stores the calls the domain proposed after a session outcome. */
export function createOutcomeCalls(
  actor: Pick<StaffMember, 'id' | 'name'>,
  proposals: readonly FollowUpProposal[],
  series: StoredSeries,
  session: Session,
): FollowUpCall[] {
  const patientName = patientNameOf(series);
  return proposals.map((proposal) => {
    const call = buildFollowUp({
      ...proposal,
      patientId: series.patientId,
      patientName,
      subject: subjectOf(proposal, series, session),
    });
    db.followUps.set(call.id, call);
    const due = formatClinic(call.dueAt, db.settings.timeZone, shortDateTimeFormat);
    recordAudit(
      actor,
      'follow_up_call',
      call.id,
      'create',
      `${patientName}: ${followUpReasonLabels[call.reason]} call due ${due}`,
    );
    return call;
  });
}

/** Calls still due about this series that no longer make sense (it was discontinued). */
export function cancelDueSeriesCalls(actor: Pick<StaffMember, 'id' | 'name'>, series: StoredSeries): void {
  for (const call of db.followUps.values()) {
    if (call.status !== 'due' || call.subject.kind !== 'series' || call.subject.id !== series.id) continue;
    db.followUps.set(call.id, { ...call, status: 'cancelled', version: call.version + 1 });
    recordAudit(actor, 'follow_up_call', call.id, 'cancel', `${call.patientName}: call cancelled with the series`);
  }
}
