import { z } from 'zod';

/**
 * The one error shape of the API: RFC 9457 problem details, plus
 * `errors` (field → messages) for validation and `current` (the newer record)
 * for a stale-version conflict, and `clashes`/`blocks`/`nextFreeSlots` for booking conflicts.
 */
export const problemTypes = {
  validation: 'https://veindesk.example/problems/validation',
  unauthenticated: 'https://veindesk.example/problems/unauthenticated',
  forbidden: 'https://veindesk.example/problems/forbidden',
  notFound: 'https://veindesk.example/problems/not-found',
  staleVersion: 'https://veindesk.example/problems/stale-version',
  scheduleConflict: 'https://veindesk.example/problems/schedule-conflict',
  invalidTransition: 'https://veindesk.example/problems/invalid-transition',
  server: 'https://veindesk.example/problems/server-error',
} as const;

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  errors: z.record(z.string(), z.array(z.string())).optional(),
  current: z.unknown().optional(),
  clashes: z
    .array(
      z.object({
        sessionId: z.string(),
        start: z.string(),
        end: z.string(),
        patientName: z.string(),
        clinicianId: z.string(),
      }),
    )
    .optional(),
  /** Blocked time the booking falls into (leave, training, maintenance). */
  blocks: z
    .array(
      z.object({
        id: z.string(),
        clinicianId: z.string().nullable(),
        start: z.string(),
        end: z.string(),
        kind: z.string(),
        reason: z.string(),
      }),
    )
    .optional(),
  nextFreeSlots: z.array(z.string()).optional(),
  /** Index of the session in the submitted plan the conflict is about. */
  sessionIndex: z.number().int().optional(),
  /** Every session of the plan whose time is taken (booked or blocked), by index. */
  takenSessionIndexes: z.array(z.number().int()).optional(),
});

export type Problem = z.infer<typeof problemSchema>;
export type ProblemType = keyof typeof problemTypes;
