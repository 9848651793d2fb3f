import type { QueryClient } from '@tanstack/react-query';
import { type LoaderFunctionArgs, useLocation, useNavigate, useParams } from 'react-router';
import { paths } from '@/config/paths';
import { followUpQueryOptions } from '@/features/follow-up-calls/api/get-follow-up';
import { CallDrawer } from '@/features/follow-up-calls/components/call/call-drawer';

/** Prefetches without throwing: a missing call is explained inside the drawer, over the queue. */
export const loader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    await queryClient.prefetchQuery(followUpQueryOptions(params.id ?? ''));
    return null;
  };

export default function FollowUpDetailRoute() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { search } = useLocation();
  // The queue puts focus back on the row that was open.
  const close = () => void navigate(`${paths.followUps}${search}`);
  return <CallDrawer id={id} onClose={close} />;
}
