import { z } from 'zod';
import { endpoint } from '@/lib/endpoint';
import { todayVisitSchema, todayVisitsQuerySchema, weekFiguresSchema } from '../schemas';

export const todayEndpoints = {
  visits: endpoint({
    method: 'get',
    path: '/today/visits',
    summary: "List a range's visits with the last visit's date and the patient's screening flags",
    query: todayVisitsQuerySchema,
    response: z.array(todayVisitSchema),
  }),
  weekFigures: endpoint({
    method: 'get',
    path: '/today/week-figures',
    summary: "This week's response times, late requests, no-shows and ended series",
    roles: ['admin'],
    response: weekFiguresSchema,
  }),
};
