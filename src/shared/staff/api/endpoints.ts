import { z } from 'zod';
import { endpoint } from '@/lib/endpoint';
import { staffInputSchema, staffMemberSchema, updateStaffSchema } from '../schemas';

export const staffEndpoints = {
  list: endpoint({ method: 'get', path: '/staff', summary: 'List the staff', response: z.array(staffMemberSchema) }),
  create: endpoint({
    method: 'post',
    path: '/staff',
    summary: 'Add staff accounts',
    roles: ['admin'],
    body: staffInputSchema,
    response: staffMemberSchema,
    idempotent: true,
  }),
  update: endpoint({
    method: 'put',
    path: '/staff/:id',
    summary: 'Change staff accounts',
    roles: ['admin'],
    body: updateStaffSchema,
    response: staffMemberSchema,
    // The last active admin stays an admin (invalidTransition); booked visits outside new hours (scheduleConflict).
    problems: ['invalidTransition', 'scheduleConflict'],
  }),
};
