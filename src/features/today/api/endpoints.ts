import { z } from 'zod';
import { endpoint } from '@/lib/endpoint';
import { todayVisitSchema, todayVisitsQuerySchema, weekFiguresSchema } from '../schemas';

export const todayEndpoints = {
  visits: endpoint({
    method: 'get',
    path: '/today/visits',
    query: todayVisitsQuerySchema,
    response: z.array(todayVisitSchema),
  }),
  /** Admins only. */
  weekFigures: endpoint({ method: 'get', path: '/today/week-figures', response: weekFiguresSchema }),
};
