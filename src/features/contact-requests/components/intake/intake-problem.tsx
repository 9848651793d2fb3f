import { ContractError, isApiError } from '@/lib/api-error';
import classes from './intake-form.module.css';

function detailOf(error: Error): string {
  if (isApiError(error)) {
    if (error.status === 422) {
      return error.fieldErrors._form?.join(' ') ?? 'Some answers need attention: see the messages under the fields.';
    }
    return error.problem.detail ?? error.problem.title;
  }
  if (error instanceof ContractError) return error.message;
  // The form's checks could not load: the connection dropped before they arrived.
  return 'Could not reach the clinic. Check the connection and try again.';
}

/** Why the form was not sent, and that nothing typed was lost. */
export function IntakeProblem({ error }: { error: Error }) {
  return (
    <div className={classes.alert} data-tone="error" role="alert">
      <p className={classes.alertTitle}>Your request was not sent</p>
      <p className={classes.alertBody}>{detailOf(error)} Everything you entered is still here.</p>
    </div>
  );
}
