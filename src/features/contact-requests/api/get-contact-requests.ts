import {
  type InfiniteData,
  infiniteQueryOptions,
  keepPreviousData,
  type Query,
  type QueryClient,
  useInfiniteQuery,
} from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { Paged } from '@/lib/schema-fields';
import type { ContactRequestSummary, RequestSearch } from '../schemas';
import { contactRequestEndpoints } from './endpoints';
import { contactRequestKeys } from './keys';

/** New requests arrive from the website at any time: poll while the inbox is open. */
export const inboxRefetchIntervalMs = 30_000;
const inboxPageSize = 50;
/**
 * Refetching an infinite list refetches every loaded page, one after the other. Past this many
 * pages (someone deep in a very long list) polling stops; the counts badge keeps polling.
 */
const maxPolledPages = 6;

/** Filters and sort of the inbox: everything the server needs except the page. */
export type InboxQuery = Omit<RequestSearch, 'page' | 'pageSize'>;
type InboxPage = Paged<ContactRequestSummary>;
type InboxData = InfiniteData<InboxPage, number>;

const fewPagesLoaded = (query: Query<InboxPage, Error, InboxData>) =>
  (query.state.data?.pages.length ?? 0) <= maxPolledPages;

const inboxKeys = {
  all: () => [...contactRequestKeys.lists(), 'infinite'] as const,
  view: (query: InboxQuery) => [...contactRequestKeys.lists(), 'infinite', query] as const,
};

export const contactRequestsInfiniteQueryOptions = (query: InboxQuery) =>
  infiniteQueryOptions({
    queryKey: inboxKeys.view(query),
    queryFn: ({ signal, pageParam }) =>
      apiRequest(contactRequestEndpoints.search, {
        body: { ...query, page: pageParam, pageSize: inboxPageSize },
        signal,
      }),
    initialPageParam: 1,
    getNextPageParam: (last: InboxPage) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => (fewPagesLoaded(query) ? inboxRefetchIntervalMs : false),
    refetchOnWindowFocus: fewPagesLoaded,
  });

export const useContactRequests = (query: InboxQuery) => useInfiniteQuery(contactRequestsInfiniteQueryOptions(query));

/** Whether any view of the inbox has rows in the cache (false on a cold start). */
export const hasCachedInboxRows = (queryClient: QueryClient): boolean =>
  queryClient.getQueriesData<InboxData>({ queryKey: inboxKeys.all() }).some(([, data]) => data !== undefined);

/**
 * Replaces or removes requests in every cached inbox list (infinite data: pages of items).
 * Return the item, a replacement, or null to drop it.
 */
export function mapInboxItems(
  queryClient: QueryClient,
  map: (item: ContactRequestSummary) => ContactRequestSummary | null,
): void {
  queryClient.setQueriesData<InboxData>({ queryKey: inboxKeys.all() }, (data) =>
    data
      ? {
          ...data,
          pages: data.pages.map((page) => ({
            ...page,
            items: page.items.flatMap((item) => {
              const next = map(item);
              return next ? [next] : [];
            }),
          })),
        }
      : data,
  );
}
