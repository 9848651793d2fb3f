import { clinicDate } from '@/lib/clinic-time';
import type { ClinicSettings } from '@/shared/settings/schemas';
import type { TreatmentSeries } from '../../schemas';
import { checkPlan, type PlannedVisit } from './plan-check';
import { useScheduleContext } from './use-schedule-context';

type Plan = {
  before?: PlannedVisit;
  visits: PlannedVisit[];
  after?: PlannedVisit;
  settings: ClinicSettings;
  now: number;
};

/** New times for visits of the series, checked live against the clinician's schedule on their days. */
export function usePlanCheck(series: TreatmentSeries, plan: Plan) {
  const schedule = useScheduleContext(
    series.clinicianId,
    plan.visits.map((visit) => clinicDate(visit.start, plan.settings.timeZone)),
  );
  const ctx = schedule.state === 'ready' ? schedule.ctx : null;
  const check = checkPlan({ ...plan, spacingDays: series.spacingDays, ctx, patientName: series.patientName });
  return { check, ctx, scheduleState: schedule.state };
}
