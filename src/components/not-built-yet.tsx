import { Alert, Stack, Title } from '@mantine/core';

/** An honest placeholder for a section whose issue has not been built yet. */
export function NotBuiltYet({ title, plan }: { title: string; plan: string }) {
  return (
    <Stack maw={720}>
      <Title order={2}>{title}</Title>
      <Alert color="gray" title="Not built yet">
        {plan}
      </Alert>
    </Stack>
  );
}
