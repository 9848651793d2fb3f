import { weekdayNames } from './clinic-time';
import type { WeeklyHours } from './schema-fields';

/** Monday first, as staff read a week; values are `WeeklyHours` indexes (0 is Sunday). */
export const mondayFirst = [1, 2, 3, 4, 5, 6, 0] as const;

/** "Mon 08:00–18:00, Tue 08:00–18:00, …" with closed days left out ("Closed every day" when none). */
export function describeWeeklyHours(hours: WeeklyHours): string {
  const open = mondayFirst.flatMap((day) => {
    const dayHours = hours[day];
    return dayHours ? [`${weekdayNames[day].slice(0, 3)} ${dayHours.open}–${dayHours.close}`] : [];
  });
  return open.length > 0 ? open.join(', ') : 'Closed every day';
}
