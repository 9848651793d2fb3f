import { useRef } from 'react';
import { useIdempotencyKey } from '@/lib/use-idempotency-key';
import { useBookSeries } from '../../api/book-series';
import type { BookSeriesInput, TreatmentSeries } from '../../schemas';
import { bookingProblem } from './booking-problem';

export type BookingRequest = Omit<BookSeriesInput, 'idempotencyKey'>;

/** Confirms the booking once per attempt, however often it is clicked or retried. */
export function useBookSubmit(onBooked: (series: TreatmentSeries) => void) {
  const inFlight = useRef(false);
  const { keyFor } = useIdempotencyKey();
  const mutation = useBookSeries({
    onSuccess: onBooked,
    onSettled: () => {
      inFlight.current = false;
    },
  });
  return {
    pending: mutation.isPending,
    problem: bookingProblem(mutation.error, mutation.variables),
    reset: mutation.reset,
    submit: (request: BookingRequest) => {
      if (inFlight.current) return;
      inFlight.current = true;
      mutation.mutate({ ...request, idempotencyKey: keyFor(request) });
    },
  };
}
