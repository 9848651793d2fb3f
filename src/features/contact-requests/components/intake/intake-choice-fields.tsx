import { Checkbox, Group, Radio, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { bodyAreas, concernLabels, concerns, contactMethods, preferredTimes } from '../../schemas';
import { areaLabels, contactMethodLabels, preferredTimeLabels } from './field-labels';
import type { IntakeFormValues } from './intake-form-values';

type Props = { form: UseFormReturnType<IntakeFormValues> };

export function ContactPreferenceFields({ form }: Props) {
  return (
    <>
      <Radio.Group
        label="How should we contact you?"
        withAsterisk
        key={form.key('preferredContactMethod')}
        {...form.getInputProps('preferredContactMethod')}
      >
        <Group mt="xs">
          {contactMethods.map((method) => (
            <Radio key={method} value={method} label={contactMethodLabels[method]} />
          ))}
        </Group>
      </Radio.Group>
      <Checkbox.Group
        label="Best times to reach you"
        description="Leave empty if any time suits you."
        key={form.key('preferredTimes')}
        {...form.getInputProps('preferredTimes')}
      >
        <Group mt="xs">
          {preferredTimes.map((time) => (
            <Checkbox key={time} value={time} label={preferredTimeLabels[time]} />
          ))}
        </Group>
      </Checkbox.Group>
    </>
  );
}

export function ConcernFields({ form }: Props) {
  return (
    <>
      <Radio.Group
        label="What would you like treated?"
        description="Spider veins are fine red or blue lines under 1 mm; reticular veins are small varicose veins of 1 to 3 mm."
        withAsterisk
        key={form.key('concern')}
        {...form.getInputProps('concern')}
      >
        <Stack mt="xs" gap="xs">
          {concerns.map((concern) => (
            <Radio key={concern} value={concern} label={concernLabels[concern]} />
          ))}
        </Stack>
      </Radio.Group>
      <Checkbox.Group label="Where?" withAsterisk key={form.key('areas')} {...form.getInputProps('areas')}>
        <Group mt="xs">
          {bodyAreas.map((area) => (
            <Checkbox key={area} value={area} label={areaLabels[area]} />
          ))}
        </Group>
      </Checkbox.Group>
    </>
  );
}
