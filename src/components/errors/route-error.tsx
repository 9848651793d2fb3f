import { Alert, Button, Code, Group, Stack, Text, Title } from '@mantine/core';
import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { isRouteErrorResponse, Link, useRevalidator, useRouteError } from 'react-router';
import { ContractError, isApiError } from '@/lib/api-error';

type Described = { title: string; detail: string; notFound: boolean; technical?: string };

function describeError(error: unknown): Described {
  if (isRouteErrorResponse(error)) {
    return {
      title: error.status === 404 ? 'Not found' : `${error.status} ${error.statusText}`,
      detail: typeof error.data === 'string' ? error.data : 'This page could not be loaded.',
      notFound: error.status === 404,
    };
  }
  if (isApiError(error)) {
    if (error.status === 404) {
      return { title: 'Not found', detail: error.problem.detail ?? 'This record does not exist.', notFound: true };
    }
    if (error.status === 403) {
      return { title: 'Not allowed', detail: error.problem.detail ?? 'Your role cannot open this.', notFound: false };
    }
    return { title: error.problem.title, detail: error.message, notFound: false };
  }
  if (error instanceof ContractError) {
    return {
      title: 'The server sent something unexpected',
      detail: error.message,
      notFound: false,
      technical: error.technical,
    };
  }
  return {
    title: 'Something went wrong',
    detail: error instanceof Error ? error.message : String(error),
    notFound: false,
  };
}

/** Route-level error boundary: says what failed and offers a retry that reloads the route's data. */
export function RouteError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  const { reset } = useQueryErrorResetBoundary();
  const { title, detail, notFound, technical } = describeError(error);

  return (
    <Stack maw={640} p="md" role="alert" aria-labelledby="route-error-title">
      <Title order={2} id="route-error-title">
        {title}
      </Title>
      <Alert color={notFound ? 'gray' : 'red'} variant="light">
        <Text size="sm">{detail}</Text>
        {technical && (
          <details>
            <summary>Technical detail for support</summary>
            <Code block>{technical}</Code>
          </details>
        )}
      </Alert>
      <Group>
        {!notFound && (
          <Button
            loading={revalidator.state === 'loading'}
            onClick={() => {
              reset();
              void revalidator.revalidate();
            }}
          >
            Try again
          </Button>
        )}
        <Button component={Link} to="/" variant="default">
          Go to Today
        </Button>
      </Group>
    </Stack>
  );
}
