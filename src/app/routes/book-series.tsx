import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import type { QueryClient } from '@tanstack/react-query';
import { Link, type LoaderFunctionArgs, useSearchParams } from 'react-router';
import { paths } from '@/config/paths';
import { contactRequestQueryOptions } from '@/features/contact-requests/api/get-contact-request';
import { patientQueryOptions } from '@/features/patients/api/get-patient';
import { BookSeriesPage } from '@/features/treatment-series/components/booking/book-series-page';
import type { BookingSlot, BookingSource } from '@/features/treatment-series/components/booking/use-booking-subject';
import { isoDateTimeSchema } from '@/lib/schema-fields';
import { settingsQueryOptions } from '@/shared/settings/api/get-settings';
import { staffQueryOptions } from '@/shared/staff/api/get-staff';

function sourceFrom(search: URLSearchParams): BookingSource | null {
  const requestId = search.get('requestId');
  if (requestId) return { requestId };
  const patientId = search.get('patientId');
  return patientId ? { patientId } : null;
}

/** `start` and `clinicianId`: a free slot chosen on the calendar becomes session 1. */
function slotFrom(search: URLSearchParams): BookingSlot | null {
  const start = isoDateTimeSchema.safeParse(search.get('start'));
  const clinicianId = search.get('clinicianId');
  return start.success && clinicianId ? { start: start.data, clinicianId } : null;
}

/** Settings and staff are needed to draw anything; the request or patient loads alongside (its errors show in the page). */
export const loader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const source = sourceFrom(new URL(request.url).searchParams);
    if (source && 'requestId' in source) void queryClient.prefetchQuery(contactRequestQueryOptions(source.requestId));
    if (source && 'patientId' in source) void queryClient.prefetchQuery(patientQueryOptions(source.patientId));
    await Promise.all([queryClient.fetchQuery(settingsQueryOptions()), queryClient.fetchQuery(staffQueryOptions())]);
    return null;
  };

export default function BookSeriesRoute() {
  const [search] = useSearchParams();
  const source = sourceFrom(search);
  if (!source) {
    return (
      <Stack maw={720}>
        <Title order={2}>Book a treatment series</Title>
        <Alert color="gray" title="Start from a request or a patient">
          <Text size="sm">
            Open a request in the{' '}
            <Anchor component={Link} to={paths.requests}>
              inbox
            </Anchor>{' '}
            or a patient in{' '}
            <Anchor component={Link} to={paths.patients}>
              Patients
            </Anchor>{' '}
            and choose “Book treatment series”.
          </Text>
        </Alert>
      </Stack>
    );
  }
  // A new source is a new booking: nothing carries over from the previous one.
  return <BookSeriesPage key={search.toString()} source={source} slot={slotFrom(search)} />;
}
