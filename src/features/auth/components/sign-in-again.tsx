import { Button, Modal, Stack, Text } from '@mantine/core';
import { LoginForm } from './login-form';

type Props = { email: string; onSignedIn: () => void; onSignOut: () => void };

/**
 * Over the page the person was working on, which stays as it was: a change the server
 * refused can be sent again once signed in. Only the same person signs in here (the email
 * is fixed); anyone else signs out first.
 */
export function SignInAgain({ email, onSignedIn, onSignOut }: Props) {
  return (
    <Modal
      opened
      onClose={() => {}}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      centered
      title="Your session has ended"
    >
      <Stack>
        <Text size="sm">
          Sign in again to carry on. Nothing you typed is lost: anything that was not saved can be sent again
          afterwards.
        </Text>
        <LoginForm email={email} onSignedIn={onSignedIn} />
        <Button variant="subtle" onClick={onSignOut}>
          Sign out instead
        </Button>
      </Stack>
    </Modal>
  );
}
