import { notifications } from '@mantine/notifications';
import {
  type QueryClient,
  type QueryKey,
  type UseMutationOptions,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';
import { errorMessage, isApiError } from '@/lib/api-error';
import { type Refusal, refusalsShownInline } from '@/lib/change-refusals';
import { type ContactRequest, contactRequestSchema } from '../schemas';
import { mapInboxItems } from './get-contact-requests';
import { contactRequestKeys } from './keys';

/** Every change to one request shares this key, so the drawer can wait for all of them. */
export const requestChangeKey = (id: string) => [...contactRequestKeys.detail(id), 'change'] as const;

/** What a change replaced in the cache, to put back when the server refuses it. */
export type RequestSnapshot = {
  detail: ContactRequest | undefined;
  lists: [QueryKey, unknown][];
};

export const staleRequestMessage =
  'Someone else changed this request while you were working on it. The newer version is shown; review and submit again.';

/** Shows `request` in its drawer and in every cached inbox page that lists it. */
export function putRequest(queryClient: QueryClient, request: ContactRequest): void {
  queryClient.setQueryData(contactRequestKeys.detail(request.id), request);
  const { attempts: _attempts, ...summary } = request;
  mapInboxItems(queryClient, (item) => (item.id === request.id ? summary : item));
}

/** Cancel, snapshot and set: the person sees the predicted result at once. */
export async function predictRequest(
  queryClient: QueryClient,
  id: string,
  predict: (current: ContactRequest) => ContactRequest,
): Promise<RequestSnapshot> {
  await Promise.all([
    queryClient.cancelQueries({ queryKey: contactRequestKeys.detail(id) }),
    queryClient.cancelQueries({ queryKey: contactRequestKeys.lists() }),
  ]);
  const detail = queryClient.getQueryData<ContactRequest>(contactRequestKeys.detail(id));
  const lists = queryClient.getQueriesData({ queryKey: contactRequestKeys.lists() });
  if (detail) putRequest(queryClient, predict(detail));
  return { detail, lists };
}

/**
 * Rolls the prediction back and says why. A stale version brings the newer record,
 * which replaces what the person saw; their form input lives elsewhere and stays.
 */
export function refuseRequestChange(
  queryClient: QueryClient,
  id: string,
  snapshot: RequestSnapshot | undefined,
  error: unknown,
) {
  if (snapshot) {
    queryClient.setQueryData(contactRequestKeys.detail(id), snapshot.detail);
    for (const [key, page] of snapshot.lists) queryClient.setQueryData(key, page);
  }
  if (isApiError(error) && error.isStaleVersion) {
    const current = contactRequestSchema.safeParse(error.problem.current);
    if (current.success) putRequest(queryClient, current.data);
    else void queryClient.invalidateQueries({ queryKey: contactRequestKeys.detail(id) });
  }
  if (!refusalsShownInline(requestChangeKey(id))) {
    notifications.show({ ...describeRequestRefusal(error), autoClose: false });
  }
}

/** Why a change to a request was refused: in its drawer, or as a toast once the drawer has closed. */
export function describeRequestRefusal(error: unknown): Refusal {
  if (isApiError(error) && error.isStaleVersion) {
    return { color: 'orange', title: 'This request changed', message: staleRequestMessage };
  }
  const title = isApiError(error) ? error.problem.title : 'The change was not saved';
  const detail = isApiError(error) ? (error.problem.detail ?? error.message) : errorMessage(error);
  return { color: 'red', title, message: `${detail} The change was undone.` };
}

/** Lists and counts may now sort, filter or count this request differently. */
export function settleRequestChange(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: contactRequestKeys.lists() });
  void queryClient.invalidateQueries({ queryKey: contactRequestKeys.counts() });
}

export type RequestChangeConfig<TInput> = Omit<
  UseMutationOptions<ContactRequest, Error, TInput, RequestSnapshot>,
  'mutationFn' | 'onMutate' | 'mutationKey'
>;

/**
 * A change to one request: shown at once as `predict` says, rolled back with a message when
 * refused, replaced by the server's answer when accepted. The caller's callbacks still run.
 */
export function useRequestChange<TInput>(
  id: string,
  send: (input: TInput) => Promise<ContactRequest>,
  predict: (current: ContactRequest, input: TInput) => ContactRequest,
  { onSuccess, onError, onSettled, ...config }: RequestChangeConfig<TInput> = {},
) {
  const queryClient = useQueryClient();
  return useMutation<ContactRequest, Error, TInput, RequestSnapshot>({
    ...config,
    mutationKey: requestChangeKey(id),
    mutationFn: send,
    onMutate: (input) => predictRequest(queryClient, id, (current) => predict(current, input)),
    onError: (...args) => {
      refuseRequestChange(queryClient, id, args[2], args[0]);
      onError?.(...args);
    },
    onSuccess: (...args) => {
      putRequest(queryClient, args[0]);
      onSuccess?.(...args);
    },
    onSettled: (...args) => {
      settleRequestChange(queryClient);
      onSettled?.(...args);
    },
  });
}
