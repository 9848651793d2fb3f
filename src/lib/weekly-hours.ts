import { weekdayNames } from './clinic-time';
import type { WeeklyHours } from './schema-fields';

/** Monday first, as staff read a week; values are `WeeklyHours` indexes (0 is Sunday). */
export const mondayFirst = [1, 2, 3, 4, 5, 6, 0] as const;

const shortName = (day: number) => weekdayNames[day]?.slice(0, 3) ?? '';

/** Positions in the Monday-first week as "Mon–Wed, Fri": runs of three or more days become ranges. */
function describeDays(positions: number[]): string {
  const runs: number[][] = [];
  for (const position of positions) {
    const run = runs.at(-1);
    if (run && run.at(-1) === position - 1) run.push(position);
    else runs.push([position]);
  }
  return runs
    .flatMap((run) => {
      const names = run.map((position) => shortName(mondayFirst[position] ?? 0));
      return names.length >= 3 ? [`${names[0]}–${names.at(-1)}`] : names;
    })
    .join(', ');
}

/** "Mon–Fri 08:00–18:00, Sat 09:00–13:00": days with the same hours together, closed days left out. */
export function describeWeeklyHours(hours: WeeklyHours): string {
  const groups = new Map<string, number[]>();
  mondayFirst.forEach((day, position) => {
    const dayHours = hours[day];
    if (!dayHours) return;
    const span = `${dayHours.open}–${dayHours.close}`;
    groups.set(span, [...(groups.get(span) ?? []), position]);
  });
  if (groups.size === 0) return 'Closed every day';
  return [...groups].map(([span, positions]) => `${describeDays(positions)} ${span}`).join(', ');
}
