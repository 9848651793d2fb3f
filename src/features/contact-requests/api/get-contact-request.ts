import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { contactRequestEndpoints } from './endpoints';
import { contactRequestKeys } from './keys';

export const contactRequestQueryOptions = (id: string) =>
  queryOptions({
    queryKey: contactRequestKeys.detail(id),
    queryFn: ({ signal }) => apiRequest(contactRequestEndpoints.detail, { params: { id }, signal }),
  });
