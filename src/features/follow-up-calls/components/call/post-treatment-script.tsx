import { Alert, Checkbox, Group, Stack, Textarea, Title } from '@mantine/core';
import { aftercareInstructions } from '@/features/treatment-series/aftercare';
import { type ConcernKind, concernKinds, concernLabels } from '../../schemas';
import type { PostTreatmentAnswers } from './script-answers';
import { YesNoQuestion } from './yes-no-question';

type Props = {
  answers: PostTreatmentAnswers;
  onChange: (answers: PostTreatmentAnswers) => void;
  clinicianName: string;
};

type Question = { key: 'walked' | 'stockings' | 'noFlying' | 'avoidedHeatAndExercise'; label: string };
const questions: Question[] = [
  { key: 'walked', label: 'Did they walk 15 to 30 minutes right after the visit?' },
  { key: 'stockings', label: 'Compression stockings day and night for the first 2 to 3 days?' },
  { key: 'noFlying', label: 'No flying for 2 to 3 days?' },
  {
    key: 'avoidedHeatAndExercise',
    label: 'No heavy exercise, sunbathing, hot baths, hot tubs or saunas for 72 hours?',
  },
];
const isConcern = (value: string): value is ConcernKind => (concernKinds as readonly string[]).includes(value);

/** The clinic's aftercare as questions, and any concern, which goes to the treating clinician. */
export function PostTreatmentScript({ answers, onChange, clinicianName }: Props) {
  return (
    <Stack gap="sm">
      <Title order={4}>Aftercare questions</Title>
      {questions.map((question, index) => (
        <YesNoQuestion
          key={question.key}
          label={question.label}
          description={aftercareInstructions[index]?.text}
          value={answers[question.key]}
          onChange={(value) => onChange({ ...answers, [question.key]: value })}
        />
      ))}
      <Checkbox.Group
        label="Any concern?"
        description="Pain, swelling, redness, skin changes or anything else they mention"
        value={answers.concerns}
        onChange={(value) => onChange({ ...answers, concerns: value.filter(isConcern) })}
      >
        <Group gap="md" mt={4}>
          {concernKinds.map((concern) => (
            <Checkbox key={concern} value={concern} label={concernLabels[concern]} />
          ))}
        </Group>
      </Checkbox.Group>
      {answers.concerns.length > 0 && (
        <>
          <Textarea
            label="About the concern"
            rows={2}
            resize="vertical"
            description="What they describe: where, since when, how bad"
            maxLength={2000}
            value={answers.concernNote}
            onChange={(event) => onChange({ ...answers, concernNote: event.currentTarget.value })}
          />
          <Alert color="orange" title="This concern will be escalated">
            Saving the call as done gives {clinicianName} a review item on their Today and on the visit.
          </Alert>
        </>
      )}
    </Stack>
  );
}
