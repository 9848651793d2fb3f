import { Alert, Anchor, Button, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { isOpenRequest } from '@/features/contact-requests/domain/request-status';
import { statusLabels } from '@/features/contact-requests/schemas';
import { errorMessage, isApiError } from '@/lib/api-error';
import type { TreatmentSeries } from '../../schemas';
import { BookingConfirmation } from './booking-confirmation';
import { BookingForm } from './booking-form';
import { type BookingSlot, type BookingSource, type BookingSubject, useBookingSubject } from './use-booking-subject';

function ClosedRequest({ subject }: { subject: Extract<BookingSubject, { kind: 'request' }> }) {
  const { request } = subject;
  return (
    <Alert color="gray" title={`This request is ${statusLabels[request.status].toLowerCase()}`} role="alert">
      <Text size="sm">
        Only a new or contacting request can be booked.{' '}
        {request.patientId && (
          <Anchor component={Link} to={paths.patient(request.patientId)}>
            Open the patient record
          </Anchor>
        )}
      </Text>
    </Alert>
  );
}

/** Booking a treatment series for a request or a patient, then its confirmation. */
export function BookSeriesPage({ source, slot }: { source: BookingSource; slot?: BookingSlot | null }) {
  const state = useBookingSubject(source);
  const [booked, setBooked] = useState<TreatmentSeries | null>(null);
  if (booked) return <BookingConfirmation series={booked} />;

  let body: ReactNode;
  if (state.status === 'loading') {
    body = (
      <Center h={160}>
        <Loader aria-label="Loading" />
      </Center>
    );
  } else if (state.status === 'error') {
    const notFound = isApiError(state.error) && state.error.status === 404;
    body = (
      <Alert color={notFound ? 'gray' : 'red'} title={notFound ? 'Not found' : 'Could not load'} role="alert">
        <Text size="sm">
          {notFound
            ? `There is no ${'requestId' in source ? 'contact request' : 'patient'} at this address.`
            : errorMessage(state.error)}
        </Text>
        {!notFound && (
          <Button mt="xs" size="xs" onClick={state.retry}>
            Try again
          </Button>
        )}
      </Alert>
    );
  } else if (state.subject.kind === 'request' && !isOpenRequest(state.subject.request.status)) {
    body = <ClosedRequest subject={state.subject} />;
  } else {
    body = <BookingForm subject={state.subject} slot={slot ?? null} onBooked={setBooked} />;
  }

  return (
    <Stack gap="lg">
      <Title order={2}>Book a treatment series</Title>
      {body}
    </Stack>
  );
}
