import { z } from 'zod';
import { endpoint } from '@/lib/endpoint';
import { staffInputSchema, staffMemberSchema, updateStaffSchema } from '../schemas';

export const staffEndpoints = {
  list: endpoint({ method: 'get', path: '/staff', response: z.array(staffMemberSchema) }),
  create: endpoint({
    method: 'post',
    path: '/staff',
    body: staffInputSchema,
    response: staffMemberSchema,
    idempotent: true,
  }),
  update: endpoint({ method: 'put', path: '/staff/:id', body: updateStaffSchema, response: staffMemberSchema }),
};
