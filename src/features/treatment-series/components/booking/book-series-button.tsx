import { Button, type ButtonProps } from '@mantine/core';
import { Link } from 'react-router';
import type { BookingSource } from './use-booking-subject';

/** IDs only in the URL: no patient data. */
export function bookSeriesHref(source: BookingSource): string {
  const [name, id] = 'requestId' in source ? ['requestId', source.requestId] : ['patientId', source.patientId];
  return `/series/book?${new URLSearchParams([[name, id]]).toString()}`;
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
