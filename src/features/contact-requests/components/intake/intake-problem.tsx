import { Alert } from '@mantine/core';
import { errorMessage, isApiError } from '@/lib/api-error';

/** Why the form was not sent, and that nothing typed was lost. */
export function IntakeProblem({ error }: { error: Error }) {
  const validation = isApiError(error) && error.status === 422;
  const formLevel = isApiError(error) ? error.fieldErrors._form?.join(' ') : undefined;
  const detail = validation
    ? (formLevel ?? 'Some answers need attention: see the messages under the fields.')
    : `${isApiError(error) ? (error.problem.detail ?? error.problem.title) : errorMessage(error)}`;
  return (
    <Alert color="red" title="Your request was not sent" role="alert">
      {detail} Everything you entered is still here.
    </Alert>
  );
}
