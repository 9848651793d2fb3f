import { Stack, Text, Title } from '@mantine/core';
import { SettingsForm } from './settings-form';

export function SettingsPage() {
  return (
    <Stack gap="md" maw={1100}>
      <div>
        <Title order={2}>Settings</Title>
        <Text size="sm" c="dimmed">
          Changes take effect at once in the inbox, booking and follow-up calls. Every save is in the audit trail.
        </Text>
      </div>
      <SettingsForm />
    </Stack>
  );
}
