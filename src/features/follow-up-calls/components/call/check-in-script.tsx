import { Checkbox, Stack, Title } from '@mantine/core';
import type { CheckInAnswers } from './script-answers';
import { YesNoQuestion } from './yes-no-question';

type Props = { answers: CheckInAnswers; onChange: (answers: CheckInAnswers) => void; canBook: boolean };

/** After the last visit: how it went, and whether another series is wanted (booking opens after saving). */
export function CheckInScript({ answers, onChange, canBook }: Props) {
  return (
    <Stack gap="sm">
      <Title order={4}>Check-in questions</Title>
      <YesNoQuestion
        label="Are they satisfied with the result?"
        value={answers.satisfied}
        onChange={(satisfied) => onChange({ ...answers, satisfied })}
      />
      <YesNoQuestion
        label="Are there more veins they would like treated?"
        value={answers.moreVeins}
        onChange={(moreVeins) => onChange({ ...answers, moreVeins })}
      />
      {canBook && (
        <Checkbox
          label="Offer another series"
          description="Saving the call as done opens booking for this patient."
          checked={answers.offerAnotherSeries}
          onChange={(event) => onChange({ ...answers, offerAnotherSeries: event.currentTarget.checked })}
        />
      )}
    </Stack>
  );
}
