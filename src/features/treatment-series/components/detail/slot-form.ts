import { z } from 'zod';
import { atClinicTime, clinicDate, clinicTimeOfDay } from '@/lib/clinic-time';
import type { DayHours } from '@/lib/schema-fields';
import { timeOfDaySchema } from '@/lib/schema-fields';
import { sessionMinutesSchema } from '../../schemas';

/** A visit's time as staff pick it: a clinic-local date and wall-clock time, zone-free. */
export type SlotValues = { date: string | null; time: string | null; durationMinutes: number | string };

export const slotFields = {
  date: z.string('Choose a date').regex(/^\d{4}-\d{2}-\d{2}$/, 'Choose a date'),
  time: z.string('Choose a time').pipe(timeOfDaySchema),
  durationMinutes: z.number('Enter the length in minutes').pipe(sessionMinutesSchema),
};

/** The instant the values stand for, or null while incomplete. */
export function startOf(values: SlotValues, timeZone: string): string | null {
  if (!values.date || !values.time || !timeOfDaySchema.safeParse(values.time).success) return null;
  return atClinicTime(values.date, values.time, timeZone);
}

export function minutesOf(values: SlotValues, fallback: number): number {
  const parsed = sessionMinutesSchema.safeParse(values.durationMinutes);
  return parsed.success ? parsed.data : fallback;
}

const stepMinutes = 15;

/** Start times every quarter hour in the day's bookable hours (or a plain working day when there are none). */
export function timeOptions(hours: DayHours | null, durationMinutes: number, current: string | null): string[] {
  const [open, close] = hours ? [hours.open, hours.close] : ['08:00', '18:00'];
  const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  const options: string[] = [];
  for (let minute = toMinutes(open); minute + durationMinutes <= toMinutes(close); minute += stepMinutes) {
    options.push(`${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`);
  }
  if (current && !options.includes(current)) options.push(current);
  return options.sort();
}

/** The date and time fields for a picked free slot (ISO). */
export function slotFieldsAt(start: string, timeZone: string): Pick<SlotValues, 'date' | 'time'> {
  return { date: clinicDate(start, timeZone), time: clinicTimeOfDay(start, timeZone) };
}

export function slotValuesAt(start: string, durationMinutes: number, timeZone: string): SlotValues {
  return { ...slotFieldsAt(start, timeZone), durationMinutes };
}
