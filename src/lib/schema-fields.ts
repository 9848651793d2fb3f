import { z } from 'zod';

/** Reusable field schemas with the messages staff read under a field. */
export const idSchema = z.string().min(1);
export const isoDateTimeSchema = z.iso.datetime({ offset: true, message: 'Enter a valid date and time' });
export const versionSchema = z.number().int().nonnegative();
/** A calendar date, "YYYY-MM-DD" (in the clinic's zone wherever it is used). */
export const calendarDateSchema = z.iso.date({ message: 'Enter a date as YYYY-MM-DD' });
/** "HH:mm" in 24-hour clock. */
export const timeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use the 24-hour format HH:mm');

export const nameSchema = z
  .string()
  .trim()
  .min(2, 'Enter the full name (at least 2 characters)')
  .max(120, 'Names are limited to 120 characters');

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'Email addresses are limited to 254 characters')
  .pipe(z.email('Enter a valid email address, like name@example.com'));

export const reasonSchema = z.string().trim().min(3, 'Give a reason (at least 3 characters)').max(500);
export const noteSchema = z.string().trim().max(2000, 'Notes are limited to 2000 characters');

export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

/** A query-string list: `status=new,contacting`. */
export const csvEnum = <const T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .transform((value) => value.split(',').filter(Boolean))
    .pipe(z.array(z.enum(values)));

export const pagedSchema = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int().nonnegative(),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
  });

export type Paged<T> = { items: T[]; total: number; page: number; pageSize: number };

export const dayHoursSchema = z
  .object({ open: timeOfDaySchema, close: timeOfDaySchema })
  .refine((hours) => hours.open < hours.close, { message: 'Closing time must be after opening time', path: ['close'] });

/** Index 0 is Sunday, as in `Date#getDay`; null means closed that day. */
export const weeklyHoursSchema = z.array(dayHoursSchema.nullable()).length(7);

export type DayHours = z.infer<typeof dayHoursSchema>;
export type WeeklyHours = z.infer<typeof weeklyHoursSchema>;
