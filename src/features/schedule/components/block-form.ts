import { z } from 'zod';
import { blockKinds, type CreateBlockInput } from '@/features/treatment-series/block-schemas';
import { atClinicTime } from '@/lib/clinic-time';
import { calendarDateSchema, reasonSchema, timeOfDaySchema } from '@/lib/schema-fields';

/** "clinic" blocks every clinician (admins only). */
export const wholeClinic = 'clinic';

export const blockFormSchema = z
  .object({
    clinicianId: z.string().min(1, 'Choose whose time to block'),
    kind: z.enum(blockKinds),
    startDate: calendarDateSchema,
    startTime: timeOfDaySchema,
    endDate: calendarDateSchema,
    endTime: timeOfDaySchema,
    reason: reasonSchema,
  })
  .refine((values) => `${values.endDate} ${values.endTime}` > `${values.startDate} ${values.startTime}`, {
    message: 'The end must be after the start',
    path: ['endTime'],
  });

export type BlockFormValues = z.input<typeof blockFormSchema>;

export function blockInput(values: BlockFormValues, timeZone: string, idempotencyKey: string): CreateBlockInput {
  return {
    idempotencyKey,
    clinicianId: values.clinicianId === wholeClinic ? null : values.clinicianId,
    kind: values.kind,
    start: atClinicTime(values.startDate, values.startTime, timeZone),
    end: atClinicTime(values.endDate, values.endTime, timeZone),
    reason: values.reason.trim(),
  };
}

/** The server's field errors, on the form's fields. */
export const serverFieldOf: Record<string, keyof BlockFormValues> = {
  clinicianId: 'clinicianId',
  start: 'startTime',
  end: 'endTime',
  reason: 'reason',
  kind: 'kind',
};
