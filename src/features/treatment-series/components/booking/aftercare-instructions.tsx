import { List, Stack, Text, Title, type TitleOrder } from '@mantine/core';
import { aftercareInstructions, aftercareTitle } from '../../aftercare';

/** The clinic's aftercare instructions, read to the patient at booking and printed for them. */
export function AftercareInstructions({ order = 3, id }: { order?: TitleOrder; id?: string }) {
  const titleId = id ?? 'aftercare-title';
  return (
    <Stack component="section" aria-labelledby={titleId} gap="xs">
      <Title order={order} size="h5" id={titleId}>
        {aftercareTitle}
      </Title>
      <List spacing={4} size="sm">
        {aftercareInstructions.map((item) => (
          <List.Item key={item.topic}>
            <Text span size="sm" fw={600}>
              {item.topic}:
            </Text>{' '}
            {item.text}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
