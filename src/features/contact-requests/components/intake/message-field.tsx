import { Text, Textarea, VisuallyHidden } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { formatCharacters, intakeMessageMaxLength } from '../../intake-schema';
import type { IntakeFormValues } from './intake-form-values';

/** From here on the count is announced (once), not on every keystroke. */
const nearShare = 0.9;

type Standing = 'within' | 'near' | 'over';

const standingOf = (length: number): Standing =>
  length > intakeMessageMaxLength ? 'over' : length >= intakeMessageMaxLength * nearShare ? 'near' : 'within';

const announcements: Record<Standing, string> = {
  within: '',
  near: `Your message is close to the limit of ${formatCharacters(intakeMessageMaxLength)}.`,
  over: `Your message is over the limit of ${formatCharacters(intakeMessageMaxLength)}: shorten it before sending.`,
};

/**
 * The message with a live count instead of a hard cut: a long paste is kept whole, and the form's
 * check (on leaving the field or sending) says how far to shorten it.
 */
export function MessageField({ form }: { form: UseFormReturnType<IntakeFormValues> }) {
  const [length, setLength] = useState(form.getValues().message.length);
  form.watch('message', ({ value }) => setLength(value.length));
  const standing = standingOf(length);
  return (
    <>
      <Textarea
        label="Message"
        description={
          <>
            Anything you would like us to know (optional).{' '}
            <Text
              span
              inherit
              fw={standing === 'within' ? undefined : 600}
              c={standing === 'over' ? 'red.9' : undefined}
            >
              {length.toLocaleString('en-US')} of {formatCharacters(intakeMessageMaxLength)}
            </Text>
          </>
        }
        rows={3}
        resize="vertical"
        key={form.key('message')}
        {...form.getInputProps('message')}
      />
      <VisuallyHidden aria-live="polite" data-message-limit-announcer>
        {announcements[standing]}
      </VisuallyHidden>
    </>
  );
}
