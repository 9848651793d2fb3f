import { useQuery } from '@tanstack/react-query';
import { blocksQueryOptions } from '@/features/treatment-series/api/get-blocks';
import { scheduleQueryOptions } from '@/features/treatment-series/api/get-schedule';
import { addCalendarDays, atClinicTime, type LocalDate } from '@/lib/clinic-time';
import { useSettings } from '@/shared/settings/api/get-settings';
import { useStaff } from '@/shared/staff/api/get-staff';
import type { ScheduleContext } from '../../domain/availability';

export type ScheduleContextState =
  | { state: 'ready'; ctx: ScheduleContext }
  | { state: 'loading' }
  | { state: 'failed' };

/**
 * The clinician's hours, sessions and blocked time on the given clinic-local dates, as the availability
 * rules need them. Data for another range is never used to answer for this one.
 */
export function useScheduleContext(clinicianId: string, dates: readonly LocalDate[]): ScheduleContextState {
  const settings = useSettings();
  const staff = useStaff();
  const sorted = [...dates].sort();
  const first = sorted[0];
  const last = sorted.at(-1);
  const range = {
    from: first ? atClinicTime(first, '00:00', settings.timeZone) : '',
    to: last ? atClinicTime(addCalendarDays(last, 1), '00:00', settings.timeZone) : '',
    clinicianId,
  };
  const result = useQuery({ ...scheduleQueryOptions(range), enabled: first !== undefined });
  const blocks = useQuery({ ...blocksQueryOptions(range), enabled: first !== undefined });
  if ((result.isError && !result.data) || (blocks.isError && !blocks.data)) return { state: 'failed' };
  if (!result.data || result.isPlaceholderData || !blocks.data || blocks.isPlaceholderData) return { state: 'loading' };
  return {
    state: 'ready',
    ctx: {
      timeZone: settings.timeZone,
      openingHours: settings.openingHours,
      closedDates: settings.closedDates,
      workingHours: staff.find((member) => member.id === clinicianId)?.workingHours ?? null,
      busy: result.data,
      blocks: blocks.data,
    },
  };
}
