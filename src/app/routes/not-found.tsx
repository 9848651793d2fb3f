import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export default function NotFound() {
  return (
    <Stack maw={640} p="md">
      <Title order={2}>Page not found</Title>
      <Text>There is no page at this address. It may have moved, or the link may be mistyped.</Text>
      <Button component={Link} to="/" w="fit-content">
        Go to Today
      </Button>
    </Stack>
  );
}
