import type { UseFormReturnType } from '@mantine/form';
import { isApiError } from './api-error';

/** Server field errors (422) onto the form's fields; `rename` maps the API's names to the form's. */
export function showFieldErrors<V>(
  form: UseFormReturnType<V>,
  error: unknown,
  rename: Record<string, string> = {},
): void {
  if (!isApiError(error)) return;
  const entries = Object.entries(error.fieldErrors).map(([field, messages]) => [
    rename[field] ?? field,
    messages.join(' '),
  ]);
  if (entries.length > 0) form.setErrors(Object.fromEntries(entries));
}
