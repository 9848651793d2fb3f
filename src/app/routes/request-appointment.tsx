import { Container, Paper, Stack, Text, Title } from '@mantine/core';
import type { QueryClient } from '@tanstack/react-query';
import { IntakePage } from '@/features/contact-requests/components/intake/intake-page';
import { publicSettingsQueryOptions } from '@/shared/settings/api/get-settings';

/** The form reads phone numbers in the clinic's country: known before it shows. */
export const loader = (queryClient: QueryClient) => async () => {
  await queryClient.prefetchQuery(publicSettingsQueryOptions());
  return null;
};

/** The clinic website's contact form: public, no sign-in and no staff navigation. */
export default function RequestAppointmentRoute() {
  return (
    <Container size="sm" py="xl" component="main">
      <Stack>
        <Text c="dimmed" size="sm">
          Glamour Medical Aesthetics · Sclerotherapy
        </Text>
        <Title order={1}>Request an appointment</Title>
        <Text>Complete the form below. We will contact you to set up an appointment date.</Text>
        <Paper withBorder p="lg" radius="md">
          <IntakePage />
        </Paper>
      </Stack>
    </Container>
  );
}
