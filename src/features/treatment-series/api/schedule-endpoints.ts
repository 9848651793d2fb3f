import { z } from 'zod';
import { endpoint } from '@/lib/endpoint';
import { scheduleEntrySchema, scheduleQuerySchema } from '../schedule-schemas';

export const scheduleEndpoints = {
  range: endpoint({
    method: 'get',
    path: '/schedule',
    summary: 'List the sessions in a time range',
    query: scheduleQuerySchema,
    response: z.array(scheduleEntrySchema),
  }),
};
