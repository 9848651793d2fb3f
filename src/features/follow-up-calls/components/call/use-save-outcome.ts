import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { bookSeriesHref } from '@/features/treatment-series/components/booking/book-series-button';
import { formatClinic } from '@/lib/clinic-time';
import { shortDateTimeFormat } from '@/lib/date-formats';
import { useRecordOutcome } from '../../api/record-outcome';
import type { FollowUpCall, FollowUpDetail, RecordFollowUpInput } from '../../schemas';

function savedMessage(saved: FollowUpCall, timeZone: string): string {
  const answers = saved.answers;
  if (answers?.reason === 'book_next_session' && answers.bookedSessionStart) {
    return `Visit booked for ${formatClinic(answers.bookedSessionStart, timeZone, shortDateTimeFormat)}; the call is done.`;
  }
  if (saved.status === 'done') return 'Saved as done.';
  if (saved.status === 'cancelled') return 'The call is cancelled.';
  const last = saved.attempts.at(-1);
  if (last?.outcome === 'postponed') return `Postponed to ${formatClinic(saved.dueAt, timeZone, shortDateTimeFormat)}.`;
  return `Next attempt ${formatClinic(saved.dueAt, timeZone, shortDateTimeFormat)}.`;
}

/**
 * Records an outcome and, once the server has it, says so and closes the call (or hands off to
 * booking another series). Hook-level callbacks: they run even when the form has gone.
 */
export function useSaveOutcome(call: FollowUpDetail, timeZone: string, onDone: () => void) {
  const navigate = useNavigate();
  return useRecordOutcome(call.id, {
    onSuccess: (saved: FollowUpCall, _input: RecordFollowUpInput) => {
      notifications.show({
        color: 'teal',
        title: `Call with ${call.patientName}`,
        message: savedMessage(saved, timeZone),
      });
      const answers = saved.answers;
      if (answers?.reason === 'series_complete_check_in' && answers.offerAnotherSeries && call.patientId) {
        void navigate(bookSeriesHref({ patientId: call.patientId }));
        return;
      }
      onDone();
    },
  });
}
