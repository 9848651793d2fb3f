import { useMemo } from 'react';
import { addCalendarDays, atClinicTime, type LocalDate } from '@/lib/clinic-time';
import type { ClinicSettings } from '@/shared/settings/schemas';
import type { StaffMember } from '@/shared/staff/schemas';
import { useBlocks } from '../../api/get-blocks';
import { useSchedule } from '../../api/get-schedule';
import type { ScheduleContext } from '../../domain/availability';

/**
 * One clinician's sessions and blocked time from `from` for `days` clinic days, as the
 * availability rules need them (null until both have loaded for this clinician).
 */
export function useClinicianDiary(
  settings: ClinicSettings,
  clinician: StaffMember | null,
  from: LocalDate,
  days: number,
) {
  const { timeZone } = settings;
  const range = {
    from: atClinicTime(from, '00:00', timeZone),
    to: atClinicTime(addCalendarDays(from, days), '00:00', timeZone),
    clinicianId: clinician?.id,
  };
  const schedule = useSchedule(range, clinician !== null);
  const blocks = useBlocks(range, clinician !== null);
  const ctx = useMemo<ScheduleContext | null>(() => {
    if (!clinician || !schedule.data || !blocks.data) return null;
    return {
      timeZone,
      openingHours: settings.openingHours,
      closedDates: settings.closedDates,
      workingHours: clinician.workingHours,
      busy: schedule.data,
      blocks: blocks.data,
    };
  }, [clinician, schedule.data, blocks.data, settings.openingHours, settings.closedDates, timeZone]);
  const loading = schedule.isPlaceholderData || blocks.isPlaceholderData || (clinician !== null && ctx === null);
  return {
    ctx,
    loading,
    error: schedule.error ?? blocks.error,
    refetching: schedule.isFetching || blocks.isFetching,
    refetch: () => Promise.all([schedule.refetch(), blocks.refetch()]),
  };
}

export type ClinicianDiary = ReturnType<typeof useClinicianDiary>;
