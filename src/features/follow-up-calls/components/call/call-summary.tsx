import { Stack, Text } from '@mantine/core';
import { concernLabels, type FollowUpDetail } from '../../schemas';

/** What a closed call recorded: the answers that matter, the note or the cancel reason. */
export function CallSummary({ call }: { call: FollowUpDetail }) {
  const { answers } = call;
  return (
    <Stack gap={4}>
      {call.status === 'cancelled' && <Text size="sm">Cancelled: {call.cancelReason}</Text>}
      {answers?.reason === 'post_treatment_72h' && (
        <Text size="sm">
          {answers.concerns.length > 0
            ? `Concern raised for the clinician: ${answers.concerns.map((concern) => concernLabels[concern]).join(', ')}${answers.concernNote ? ` (${answers.concernNote})` : ''}.`
            : 'No concern raised.'}
        </Text>
      )}
      {answers?.reason === 'book_next_session' && answers.bookedSessionStart && (
        <Text size="sm">The next visit was booked from this call.</Text>
      )}
      {call.outcomeNote && <Text size="sm">Note: {call.outcomeNote}</Text>}
    </Stack>
  );
}
