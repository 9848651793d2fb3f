import { Group, Stack, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';

type Props = { title: string; action?: ReactNode; children: ReactNode };

/** A titled part of the patient's page, labelled by its heading, with an optional action beside it. */
export function RecordSection({ title, action, children }: Props) {
  const id = useId();
  return (
    <Stack component="section" aria-labelledby={id} gap="xs">
      <Group justify="space-between">
        <Title order={3} id={id}>
          {title}
        </Title>
        {action}
      </Group>
      {children}
    </Stack>
  );
}
