import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { errorMessage, isApiError } from '@/lib/api-error';
import { useLogin } from '../../../shared/auth/api/login';
import { type LoginInput, loginInputSchema } from '../../../shared/auth/schemas';

/** With `email`, signs that person in again (the field is read-only). */
export function LoginForm({ email, onSignedIn }: { email?: string; onSignedIn: () => void }) {
  const login = useLogin();
  const form = useForm<LoginInput>({
    mode: 'uncontrolled',
    initialValues: { email: email ?? '', password: '' },
    validate: schemaResolver(loginInputSchema, { sync: true }),
  });

  const failure = login.error;
  const failureText =
    isApiError(failure) && failure.status === 401 ? 'Email or password is incorrect.' : errorMessage(failure);

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => login.mutate(loginInputSchema.parse(values), { onSuccess: onSignedIn }))}
    >
      <Stack>
        {failure && (
          <Alert color="red" title="Could not sign in" role="alert">
            {failureText}
          </Alert>
        )}
        <TextInput
          label="Work email"
          type="email"
          autoComplete="username"
          required
          readOnly={email !== undefined}
          key={form.key('email')}
          {...form.getInputProps('email')}
        />
        <PasswordInput
          label="Password"
          autoComplete="current-password"
          required
          data-autofocus={email !== undefined || undefined}
          key={form.key('password')}
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={login.isPending}>
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
