import { z } from 'zod';
import { idSchema, isoDateTimeSchema, reasonSchema } from '@/lib/schema-fields';
import { scheduleEntrySchema } from './schedule-schemas';

export const blockKinds = ['leave', 'training', 'maintenance'] as const;
export const blockKindLabels: Record<BlockKind, string> = {
  leave: 'Leave',
  training: 'Training',
  maintenance: 'Room maintenance',
};

/** Blocked time: no visit may overlap it. `clinicianId` null blocks the whole clinic. */
export const blockSchema = z.object({
  id: idSchema,
  clinicianId: idSchema.nullable(),
  start: isoDateTimeSchema,
  end: isoDateTimeSchema,
  kind: z.enum(blockKinds),
  reason: z.string(),
  createdBy: idSchema,
  createdAt: isoDateTimeSchema,
});

const maxBlockMs = 366 * 24 * 60 * 60_000;

export const createBlockInputSchema = z
  .object({
    idempotencyKey: z.string().min(8),
    clinicianId: idSchema.nullable(),
    start: isoDateTimeSchema,
    end: isoDateTimeSchema,
    kind: z.enum(blockKinds),
    reason: reasonSchema,
  })
  .refine((input) => Date.parse(input.end) > Date.parse(input.start), {
    message: 'The end must be after the start',
    path: ['end'],
  })
  .refine((input) => Date.parse(input.end) - Date.parse(input.start) <= maxBlockMs, {
    message: 'Block at most one year at a time',
    path: ['end'],
  });

export const blockQuerySchema = z.object({
  from: isoDateTimeSchema,
  to: isoDateTimeSchema,
  /** One clinician's blocks and the clinic-wide ones; every block when absent. */
  clinicianId: idSchema.optional(),
});

/** The new block, and the visits already inside it, to be rebooked by staff (nothing moves by itself). */
export const createBlockResultSchema = z.object({
  block: blockSchema,
  affected: z.array(scheduleEntrySchema),
});

export type Block = z.infer<typeof blockSchema>;
export type BlockKind = (typeof blockKinds)[number];
export type CreateBlockInput = z.infer<typeof createBlockInputSchema>;
