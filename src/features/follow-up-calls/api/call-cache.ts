import { notifications } from '@mantine/notifications';
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { errorMessage, isApiError } from '@/lib/api-error';
import { type Refusal, refusalsShownInline } from '@/lib/change-refusals';
import type { Paged } from '@/lib/schema-fields';
import { serverNow } from '@/lib/server-clock';
import { settingsQueryOptions } from '@/shared/settings/api/get-settings';
import { callBucket } from '../call-times';
import { type FollowUpCall, type FollowUpDetail, type FollowUpRow, followUpCallSchema } from '../schemas';
import { followUpKeys } from './keys';

/** What a change replaced in the cache, to put back when the server refuses it. */
export type CallSnapshot = { detail: FollowUpDetail | undefined; lists: [QueryKey, unknown][] };

export const staleCallMessage =
  'Someone else changed this call while you were working on it. The newer version is shown; what you typed is kept: review and save again.';

/** The stored call inside a detail (without what the server composed around it). */
export const callOf = ({
  about: _about,
  contact: _contact,
  series: _series,
  canWork: _canWork,
  ...call
}: FollowUpDetail): FollowUpCall => call;

function bucketOfListKey(key: QueryKey): unknown {
  const query = key[2];
  return typeof query === 'object' && query !== null && 'bucket' in query ? query.bucket : undefined;
}

/**
 * Shows `call` in its drawer and in every cached page of the queue; a page of one bucket
 * drops it when it now belongs to another (it appears there on the next read).
 */
export function putCall(queryClient: QueryClient, call: FollowUpCall): void {
  queryClient.setQueryData<FollowUpDetail>(followUpKeys.detail(call.id), (detail) =>
    detail ? { ...detail, ...call } : detail,
  );
  const timeZone = queryClient.getQueryData(settingsQueryOptions().queryKey)?.timeZone;
  const bucket = timeZone ? callBucket(call, serverNow(), timeZone) : null;
  for (const [key, page] of queryClient.getQueriesData<Paged<FollowUpRow>>({ queryKey: followUpKeys.lists() })) {
    if (!page?.items.some((item) => item.id === call.id)) continue;
    const listBucket = bucketOfListKey(key);
    const stays = listBucket === undefined || listBucket === bucket;
    const items = page.items.flatMap((item) => (item.id !== call.id ? [item] : stays ? [{ ...item, ...call }] : []));
    queryClient.setQueryData(key, { ...page, items, total: page.total - (page.items.length - items.length) });
  }
}

/** Cancel, snapshot and set: the person sees the predicted result at once. */
export async function predictCall(
  queryClient: QueryClient,
  id: string,
  predict: (current: FollowUpDetail) => FollowUpCall,
): Promise<CallSnapshot> {
  await Promise.all([
    queryClient.cancelQueries({ queryKey: followUpKeys.detail(id) }),
    queryClient.cancelQueries({ queryKey: followUpKeys.lists() }),
  ]);
  const detail = queryClient.getQueryData<FollowUpDetail>(followUpKeys.detail(id));
  const lists = queryClient.getQueriesData({ queryKey: followUpKeys.lists() });
  if (detail) putCall(queryClient, predict(detail));
  return { detail, lists };
}

/** Rolls back and says why; a stale version brings the newer call (the form keeps its input). */
export function refuseCallChange(
  queryClient: QueryClient,
  id: string,
  snapshot: CallSnapshot | undefined,
  error: unknown,
) {
  if (snapshot) {
    queryClient.setQueryData(followUpKeys.detail(id), snapshot.detail);
    for (const [key, page] of snapshot.lists) queryClient.setQueryData(key, page);
  }
  if (isApiError(error) && error.isStaleVersion) {
    const current = followUpCallSchema.safeParse(error.problem.current);
    if (current.success) putCall(queryClient, current.data);
    void queryClient.invalidateQueries({ queryKey: followUpKeys.detail(id) });
  }
  const refusal = describeCallRefusal(error);
  if (refusal && !refusalsShownInline(followUpKeys.change(id))) notifications.show({ ...refusal, autoClose: false });
}

/** Why a change to a call was refused; null for field errors (422), which the form shows itself. */
export function describeCallRefusal(error: unknown): Refusal | null {
  if (isApiError(error) && error.isStaleVersion) {
    return { color: 'orange', title: 'This call changed', message: staleCallMessage };
  }
  if (isApiError(error) && Object.keys(error.fieldErrors).length > 0) return null;
  const title = isApiError(error) ? error.problem.title : 'The change was not saved';
  const detail = isApiError(error) ? (error.problem.detail ?? error.message) : errorMessage(error);
  return { color: 'red', title, message: `${detail} The change was undone.` };
}

/** Buckets, counts and the reviews may now read differently. */
export function settleCallChange(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: followUpKeys.lists() });
  void queryClient.invalidateQueries({ queryKey: followUpKeys.allCounts() });
  void queryClient.invalidateQueries({ queryKey: followUpKeys.reviews() });
}
