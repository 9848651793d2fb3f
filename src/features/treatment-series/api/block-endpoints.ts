import { z } from 'zod';
import { endpoint } from '@/lib/endpoint';
import { blockQuerySchema, blockSchema, createBlockInputSchema, createBlockResultSchema } from '../block-schemas';

export const blockEndpoints = {
  list: endpoint({ method: 'get', path: '/blocks', query: blockQuerySchema, response: z.array(blockSchema) }),
  create: endpoint({
    method: 'post',
    path: '/blocks',
    body: createBlockInputSchema,
    response: createBlockResultSchema,
  }),
  remove: endpoint({ method: 'delete', path: '/blocks/:id', response: z.object({ id: z.string() }) }),
};
