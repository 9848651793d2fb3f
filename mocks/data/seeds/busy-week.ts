import { freeSlots } from '@/features/treatment-series/domain/availability';
import { addCalendarDays, atClinicTime, clinicDate, weekdayOfDate } from '@/lib/clinic-time';
import { db } from '../../server/db';
import { scheduleContextFor } from '../../server/model/series';
import { MINUTE_MS, type SeedContext } from './seed-context';
import { seedOneSeries } from './series';

const sessionMinutes = 45;

/** Fills this week (Monday to Sunday, clinic time) for every clinician, leaving a few gaps. */
export function fillThisWeek(ctx: SeedContext): void {
  const { timeZone } = db.settings;
  const today = clinicDate(ctx.nowMs, timeZone);
  const monday = addCalendarDays(today, -((weekdayOfDate(today) + 6) % 7));
  const from = atClinicTime(monday, '00:00', timeZone);
  const to = atClinicTime(addCalendarDays(monday, 7), '00:00', timeZone);
  for (const clinician of ctx.clinicians) {
    let nextFreeMs = 0;
    for (const slot of freeSlots(from, to, sessionMinutes, scheduleContextFor(clinician))) {
      const startMs = Date.parse(slot);
      if (startMs < nextFreeMs) continue;
      nextFreeMs = startMs + sessionMinutes * MINUTE_MS;
      // "Nearly" full: about one slot in eight stays open.
      if (ctx.random.chance(0.12)) continue;
      seedOneSeries(ctx, {
        stage: 'mid',
        firstDaysAgo: [0, 0],
        clinician,
        firstStart: slot,
        durationMinutes: sessionMinutes,
      });
    }
  }
}
