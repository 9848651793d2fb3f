import { useBlocks } from '@/features/treatment-series/api/get-blocks';
import { useSchedule } from '@/features/treatment-series/api/get-schedule';
import { addCalendarDays, atClinicTime, type LocalDate } from '@/lib/clinic-time';
import { dayjs } from '@/lib/dayjs';
import type { StaffMember } from '@/shared/staff/schemas';
import { weekDates } from '../domain/calendar-layout';
import type { ScheduleView } from './use-schedule-view';

/** One column of the calendar: a clinic day for one clinician. */
export type CalendarColumn = { key: string; date: LocalDate; clinician: StaffMember; label: string };

export const dayLabel = (date: LocalDate) => dayjs.utc(date).format('ddd D MMM');

function columnsFor(view: ScheduleView, date: LocalDate, clinician: StaffMember | null, clinicians: StaffMember[]) {
  if (view === 'clinic') {
    return clinicians.map((member) => ({ key: member.id, date, clinician: member, label: member.name }));
  }
  if (!clinician) return [];
  const dates = view === 'week' ? weekDates(date) : [date];
  return dates.map((day) => ({ key: day, date: day, clinician, label: dayLabel(day) }));
}

/** The columns of the view and the sessions and blocked time they show. */
export function useCalendarColumns(
  view: ScheduleView,
  date: LocalDate,
  clinician: StaffMember | null,
  clinicians: StaffMember[],
  timeZone: string,
) {
  const columns: CalendarColumn[] = columnsFor(view, date, clinician, clinicians);
  const first = columns[0]?.date ?? date;
  const last = columns.at(-1)?.date ?? date;
  const range = {
    from: atClinicTime(first, '00:00', timeZone),
    to: atClinicTime(addCalendarDays(last, 1), '00:00', timeZone),
    clinicianId: view === 'clinic' ? undefined : (clinician?.id ?? undefined),
  };
  const enabled = columns.length > 0;
  const schedule = useSchedule(range, enabled);
  const blocks = useBlocks(range, enabled);
  return { columns, schedule, blocks, range };
}
