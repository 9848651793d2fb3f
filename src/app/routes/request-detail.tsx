import type { QueryClient } from '@tanstack/react-query';
import { type LoaderFunctionArgs, useLocation, useNavigate, useParams } from 'react-router';
import { paths } from '@/config/paths';
import { contactRequestQueryOptions } from '@/features/contact-requests/api/get-contact-request';
import { RequestDrawer } from '@/features/contact-requests/components/request-detail/request-drawer';
import { CallBackForm } from '@/features/follow-up-calls/components/callback/call-back-form';
import { MergeRequestButton } from '@/features/patients/components/merge/merge-request-button';
import { BookSeriesButton } from '@/features/treatment-series/components/booking/book-series-button';
import { settingsQueryOptions } from '@/shared/settings/api/get-settings';
import { staffQueryOptions } from '@/shared/staff/api/get-staff';

/** Prefetches without throwing: a missing request is explained inside the drawer, over the inbox. */
export const loader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    await Promise.all([
      queryClient.prefetchQuery(contactRequestQueryOptions(params.id ?? '')),
      queryClient.prefetchQuery(settingsQueryOptions()),
      queryClient.prefetchQuery(staffQueryOptions()),
    ]);
    return null;
  };

export default function RequestDetailRoute() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { search } = useLocation();
  // The inbox puts focus back on the row that was open.
  const close = () => void navigate(`${paths.requests}${search}`);

  return (
    <RequestDrawer
      id={id}
      onClose={close}
      bookingAction={(requestId) => <BookSeriesButton requestId={requestId} />}
      mergeAction={(request, patientId) => <MergeRequestButton request={request} patientId={patientId} />}
      callbackAction={(request) => <CallBackForm request={request} />}
    />
  );
}
