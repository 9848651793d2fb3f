import { Alert, Stack, Text } from '@mantine/core';
import { errorMessage, isApiError } from '@/lib/api-error';
import { FreeSlotButtons } from './free-slot-buttons';

type Props = {
  error: Error | null;
  timeZone: string;
  /** Offered when the server names free slots after a conflict. */
  onPickSlot?: (start: string) => void;
};

export const staleSeriesMessage =
  'Someone else changed this series while you were working on it. The page now shows the newer version; ' +
  'what you entered here is kept. Check it and save again.';

/** Why the server refused a change, inside the dialog that keeps what the person typed. */
export function ChangeProblem({ error, timeZone, onPickSlot }: Props) {
  if (!error) return null;
  if (isApiError(error) && error.isStaleVersion) {
    return (
      <Alert color="orange" title="This series changed" role="alert">
        {staleSeriesMessage}
      </Alert>
    );
  }
  if (isApiError(error) && error.isScheduleConflict) {
    return (
      <Alert color="red" title={error.problem.title} role="alert">
        <Stack gap="xs">
          <Text size="sm">{error.problem.detail}</Text>
          {onPickSlot && (
            <FreeSlotButtons
              label="Next free times:"
              slots={error.problem.nextFreeSlots ?? []}
              timeZone={timeZone}
              onPick={onPickSlot}
            />
          )}
        </Stack>
      </Alert>
    );
  }
  const title = isApiError(error) ? error.problem.title : 'The change was not saved';
  return (
    <Alert color="red" title={title} role="alert">
      {errorMessage(error)}
      {isApiError(error) && error.isNetwork ? '' : ' Nothing you entered is lost.'}
    </Alert>
  );
}
