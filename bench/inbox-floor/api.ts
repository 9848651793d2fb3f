import { infiniteQueryOptions, keepPreviousData, queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { warmClinicFormats } from './clinic-time';

/*
 * The three calls the inbox's first screen needs, with schemas of the same shape as the app's
 * (written here: the floor holds no app code). The session is the app's: its bearer token in
 * sessionStorage, as the bench's signed-in tab left it.
 */

const id = z.string().min(1);
const instant = z.iso.datetime({ offset: true });
const version = z.number().int().nonnegative();
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const weeklyHours = z.array(z.object({ open: time, close: time }).nullable()).length(7);

export const statuses = ['new', 'contacting', 'booked', 'not_candidate', 'closed'] as const;
export type Status = (typeof statuses)[number];

const requestSchema = z.object({
  id,
  receivedAt: instant,
  name: z.string(),
  phone: z.string(),
  email: z.string(),
  preferredContactMethod: z.enum(['phone', 'email', 'text']),
  preferredTimes: z.array(z.enum(['morning', 'afternoon', 'evening'])),
  concern: z.enum(['spider_veins', 'reticular_veins', 'both', 'not_sure', 'other']),
  areas: z.array(z.enum(['legs', 'face'])),
  message: z.string(),
  status: z.enum(statuses),
  closeReason: z.enum(['unreachable', 'declined', 'duplicate']).nullable(),
  statusReason: z.string().nullable(),
  assigneeId: id.nullable(),
  firstContactAt: instant.nullable(),
  patientId: id.nullable(),
  duplicateOf: z
    .object({ kind: z.enum(['patient', 'request']), id, name: z.string(), matchedOn: z.enum(['phone', 'email']) })
    .nullable(),
  updatedAt: instant,
  version,
  attemptCount: z.number().int().nonnegative(),
  lastAttemptAt: instant.nullable(),
});
export type Request = z.infer<typeof requestSchema>;

const pageSchema = z.object({
  items: z.array(requestSchema),
  total: z.number().int().nonnegative(),
  page: z.number().int().min(1),
  pageSize: z.number().int().min(1),
});
type Page = z.infer<typeof pageSchema>;

const settingsSchema = z.looseObject({
  timeZone: z.string().min(1),
  openingHours: weeklyHours,
  responseTargetBusinessDays: z.number().int().min(1),
  version,
});
export type Settings = z.infer<typeof settingsSchema>;

const staffSchema = z.array(z.looseObject({ id, name: z.string(), active: z.boolean() }));

async function call<T>(schema: z.ZodType<T>, path: string, signal: AbortSignal, body?: object): Promise<T> {
  const token = sessionStorage.getItem('vein-desk.token');
  const response = await fetch(`/api${path}`, {
    method: body ? 'POST' : 'GET',
    headers: {
      Accept: 'application/json',
      ...(body ? { 'Content-Type': 'application/json' } : {}),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
    signal,
  });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return schema.parse(await response.json());
}

/** The view in the URL, as the inbox keeps it: only what differs from open requests, longest waiting first. */
export const sorts = ['waiting', 'receivedAt', 'name', 'status'] as const;
export type Sort = (typeof sorts)[number];
export interface View {
  status: string;
  sort: Sort;
  order: 'asc' | 'desc';
}

export const settingsQuery = queryOptions({
  queryKey: ['settings'],
  queryFn: async ({ signal }) => {
    const settings = await call(settingsSchema, '/settings', signal);
    warmClinicFormats(settings.timeZone);
    return settings;
  },
  staleTime: 5 * 60_000,
});

export const staffQuery = queryOptions({
  queryKey: ['staff'],
  queryFn: ({ signal }) => call(staffSchema, '/staff', signal),
  staleTime: 5 * 60_000,
});

export const requestsQuery = (view: View) =>
  infiniteQueryOptions({
    queryKey: ['requests', view],
    queryFn: ({ signal, pageParam }) =>
      call(pageSchema, '/contact-requests/search', signal, { ...view, page: pageParam, pageSize: 50 }),
    initialPageParam: 1,
    getNextPageParam: (last: Page) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
    placeholderData: keepPreviousData,
  });
