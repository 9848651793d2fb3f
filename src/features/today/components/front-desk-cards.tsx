import { Anchor, SimpleGrid, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useRequestCounts } from '@/features/contact-requests/api/get-request-counts';
import { formatWaiting } from '@/features/contact-requests/domain/response-time';
import { seriesListQueryOptions } from '@/features/treatment-series/api/get-series-list';
import { formatClinic, MINUTE_MS, toIso } from '@/lib/clinic-time';
import { cardItemCount, newRequestsQueryOptions, openCallsQueryOptions } from '../api/get-front-desk-lists';
import { ArrivalsCard } from './arrivals-card';
import { CardItems, counted, SummaryCard } from './summary-card';
import { todayLinks } from './today-links';
import { useClinicDay } from './use-clinic-day';

function RequestsCard({ now }: { now: number }) {
  const counts = useRequestCounts();
  const list = useQuery(newRequestsQueryOptions());
  const items = list.data?.items.map((request) => ({
    key: request.id,
    content: (
      <>
        <Anchor component={Link} to={paths.request(request.id)} size="sm">
          {request.name}
        </Anchor>{' '}
        waiting {formatWaiting((now - Date.parse(request.receivedAt)) / MINUTE_MS)}
      </>
    ),
  }));
  return (
    <SummaryCard
      title="New requests"
      figures={[
        { value: counts.data?.new, label: 'waiting' },
        { value: counts.data?.late, label: 'late', tone: 'alert' },
      ]}
      error={counts.error ?? list.error}
      links={[
        { to: todayLinks.newRequests, label: 'Open new requests' },
        { to: todayLinks.lateRequests, label: 'Late requests' },
      ]}
    >
      <CardItems items={items} empty="No new requests waiting." />
    </SummaryCard>
  );
}

function CallsCard() {
  const { now, timeZone, tomorrow } = useClinicDay();
  // Minute precision keeps the query stable between renders.
  const overdue = useQuery(openCallsQueryOptions(toIso(Math.floor(now / MINUTE_MS) * MINUTE_MS)));
  const byTonight = useQuery(openCallsQueryOptions(tomorrow.from));
  const overdueCount = overdue.data?.total;
  const todayCount = byTonight.data && overdueCount !== undefined ? byTonight.data.total - overdueCount : undefined;
  const items = byTonight.data?.items.map((call) => ({
    key: call.id,
    content: `${formatClinic(call.dueAt, timeZone, 'ddd D MMM HH:mm')}: ${call.patientName}, ${call.note}`,
  }));
  return (
    <SummaryCard
      title="Calls to make"
      figures={[
        { value: overdueCount, label: 'overdue', tone: 'alert' },
        { value: todayCount, label: 'due later today' },
      ]}
      error={overdue.error ?? byTonight.error}
      links={[
        { to: todayLinks.overdueCalls, label: 'Overdue calls' },
        { to: todayLinks.callsToday, label: 'Calls due today' },
      ]}
    >
      <CardItems items={items} empty="No calls due today." />
    </SummaryCard>
  );
}

function NeedsBookingCard() {
  const list = useQuery(seriesListQueryOptions({ progress: ['needs_booking'], page: 1, pageSize: cardItemCount }));
  const items = list.data?.items.map((series) => ({
    key: series.id,
    content: (
      <Anchor component={Link} to={paths.seriesDetail(series.id)} size="sm">
        {series.patientName}
      </Anchor>
    ),
  }));
  return (
    <SummaryCard
      title="Series to book"
      figures={[
        { value: list.data?.total, label: counted(list.data?.total, 'needs a visit booked', 'need a visit booked') },
      ]}
      error={list.error}
      links={[{ to: todayLinks.needsBooking, label: 'Series that need booking' }]}
    >
      <CardItems items={items} empty="Every active series has its next visit booked." />
    </SummaryCard>
  );
}

/** The front desk's "what to do now": requests, calls, bookings and today's arrivals. */
export function FrontDeskCards() {
  const { now } = useClinicDay();
  return (
    <Stack gap="xs" component="section" aria-labelledby="to-do-heading">
      <Title order={3} size="h3" id="to-do-heading">
        To do now
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <RequestsCard now={now} />
        <CallsCard />
        <NeedsBookingCard />
        <ArrivalsCard />
      </SimpleGrid>
    </Stack>
  );
}
