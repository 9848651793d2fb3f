import { z } from 'zod';
import { endpoint } from '@/lib/endpoint';
import { blockQuerySchema, blockSchema, createBlockInputSchema, createBlockResultSchema } from '../block-schemas';

export const blockEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/blocks',
    summary: "List the blocked time in a range (one clinician's and the clinic-wide blocks, or all)",
    query: blockQuerySchema,
    response: z.array(blockSchema),
  }),
  create: endpoint({
    method: 'post',
    path: '/blocks',
    summary: 'Block time (leave, training, maintenance); answers the visits already inside it',
    body: createBlockInputSchema,
    response: createBlockResultSchema,
    roles: ['clinician', 'admin'],
    problems: ['scheduleConflict'],
  }),
  remove: endpoint({
    method: 'delete',
    path: '/blocks/:id',
    summary: 'Remove blocked time',
    response: z.object({ id: z.string() }),
    roles: ['clinician', 'admin'],
  }),
};
