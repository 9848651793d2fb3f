import { contactRequestEndpoints } from '@/features/contact-requests/api/endpoints';
import { clock } from '../../runtime/clock';
import { db } from '../db';
import { countOpenRequests, listRequests } from '../model/request-list';
import { route } from '../route';
import { getOr404 } from '../utils';

export const contactRequestHandlers = [
  route(contactRequestEndpoints.search, ({ body, actor }) => listRequests(body, actor, clock.nowMs())),
  route(contactRequestEndpoints.counts, () => countOpenRequests(clock.nowMs())),
  route(contactRequestEndpoints.detail, ({ params }) => getOr404(db.contactRequests, params.id, 'Contact request')),
];
