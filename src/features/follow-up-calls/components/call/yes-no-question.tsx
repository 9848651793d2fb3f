import { Group, Radio } from '@mantine/core';
import type { YesNo } from './script-answers';

type Props = { label: string; description?: string; value: YesNo; onChange: (value: YesNo) => void };

/** One scripted question, answered yes or no (unanswered until picked). */
export function YesNoQuestion({ label, description, value, onChange }: Props) {
  return (
    <Radio.Group
      label={label}
      description={description}
      value={value ?? ''}
      onChange={(next) => onChange(next === 'yes' || next === 'no' ? next : null)}
    >
      <Group gap="md" mt={4}>
        <Radio value="yes" label="Yes" />
        <Radio value="no" label="No" />
      </Group>
    </Radio.Group>
  );
}
