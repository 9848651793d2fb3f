import { Button, type ButtonProps } from '@mantine/core';
import { Link } from 'react-router';
import type { BookingSlot, BookingSource } from './use-booking-subject';

/** IDs only in the URL: no patient data. A calendar slot adds its start and clinician. */
export function bookSeriesHref(source: BookingSource, slot?: BookingSlot): string {
  const [name, id] = 'requestId' in source ? ['requestId', source.requestId] : ['patientId', source.patientId];
  const params = new URLSearchParams([[name, id]]);
  if (slot) {
    params.set('start', slot.start);
    params.set('clinicianId', slot.clinicianId);
  }
  return `/series/book?${params.toString()}`;
}

type Props = BookingSource & Pick<ButtonProps, 'variant' | 'size' | 'fullWidth'>;

/** Opens the booking page for a request (the patient is created or matched there) or a patient. */
export function BookSeriesButton({ variant, size, fullWidth, ...source }: Props) {
  return (
    <Button component={Link} to={bookSeriesHref(source)} variant={variant} size={size} fullWidth={fullWidth}>
      Book treatment series
    </Button>
  );
}
