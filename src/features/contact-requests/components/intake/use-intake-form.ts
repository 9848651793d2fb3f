import { type FormEvent, useRef, useState } from 'react';
import { isApiError } from '@/lib/api-error';
import { useIdempotencyKey } from '@/lib/use-idempotency-key';
import { emptyIntake, type IntakeErrors, type IntakeFormValues, isIntakeField } from './intake-form-values';
import { useIntakeChecks } from './use-intake-checks';

type Field = keyof IntakeFormValues;

/** The server's field errors (422), first message of each, on the fields the form has. */
function serverFieldErrors(error: unknown): IntakeErrors {
  if (!isApiError(error)) return {};
  const errors: IntakeErrors = {};
  for (const [field, messages] of Object.entries(error.fieldErrors)) {
    if (isIntakeField(field) && messages.length > 0) errors[field] = messages.join(' ');
  }
  return errors;
}

/**
 * The website form's state: what the person typed (kept through every failure), each field's
 * message, and sending. A refused submit bumps `refusals`, which the form answers by moving focus.
 */
export function useIntakeForm(onSent: () => void) {
  const [values, setValues] = useState<IntakeFormValues>(emptyIntake);
  const [errors, setErrors] = useState<IntakeErrors>({});
  const [problem, setProblem] = useState<Error | null>(null);
  const [sending, setSending] = useState(false);
  const [refusals, setRefusals] = useState(0);
  const sendingNow = useRef(false);
  const checks = useIntakeChecks();
  const idempotency = useIdempotencyKey();

  const setValue = <F extends Field>(field: F, value: IntakeFormValues[F]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors(({ [field]: _cleared, ...rest }) => rest);
  };

  const checkMessage = () => {
    const message = checks.loaded?.checkMessage(values.message);
    if (message) setErrors((current) => ({ ...current, message }));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sendingNow.current) return;
    sendingNow.current = true;
    setSending(true);
    setProblem(null);
    try {
      const loaded = checks.loaded ?? (await checks.ready());
      const checked = loaded.checkIntake(values, loaded.phone.country);
      if (!checked.ok) {
        setErrors(checked.errors);
        setRefusals((count) => count + 1);
        return;
      }
      await loaded.sendIntake(checked.input, idempotency.keyFor(values));
      idempotency.renew();
      onSent();
    } catch (error) {
      setProblem(error instanceof Error ? error : new Error(String(error)));
      const fieldErrors = serverFieldErrors(error);
      if (Object.keys(fieldErrors).length > 0) {
        setErrors(fieldErrors);
        setRefusals((count) => count + 1);
      }
    } finally {
      sendingNow.current = false;
      setSending(false);
    }
  };

  const phone = checks.loaded?.phone ?? null;
  return { values, errors, problem, sending, refusals, phone, prepare: checks.prepare, setValue, checkMessage, submit };
}
