import { Alert, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useNavigate, useSearchParams } from 'react-router';
import { LoginForm } from '@/features/auth/components/login-form';
import { useForgetSignedOutData } from '@/features/auth/hooks/use-sign-out';

const reasons: Record<string, string> = {
  expired: 'Your session has expired. Sign in again to carry on where you were.',
  idle: 'You were signed out after 15 minutes without activity.',
};

/** Only same-app paths are followed after sign-in. */
function safeReturnPath(from: string | null): string {
  // `//host` and `/\host` both leave the app.
  return from?.startsWith('/') && !from.startsWith('//') && !from.startsWith('/\\') ? from : '/';
}

export default function LoginRoute() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const reason = reasons[params.get('reason') ?? ''];
  useForgetSignedOutData();

  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={400}>
        <Stack>
          <Title order={1} size="h2">
            Vein Desk
          </Title>
          <Text c="dimmed" size="sm">
            Sign in with your clinic account.
          </Text>
          {reason && (
            <Alert color="blue" role="status">
              {reason}
            </Alert>
          )}
          <LoginForm onSignedIn={() => void navigate(safeReturnPath(params.get('from')), { replace: true })} />
        </Stack>
      </Paper>
    </Center>
  );
}
