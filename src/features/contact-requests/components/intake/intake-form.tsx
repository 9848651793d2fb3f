import { type RefObject, useEffect, useRef, useState } from 'react';
import { describeInvalidFields } from '@/lib/invalid-submit';
import { HoneypotField } from './honeypot-field';
import { ConcernFields, ContactPreferenceFields } from './intake-choice-fields';
import { CheckboxField, TextField } from './intake-fields';
import classes from './intake-form.module.css';
import { IntakeProblem } from './intake-problem';
import { MessageField } from './message-field';
import { useIntakeForm } from './use-intake-form';

const fields = 'input:not([type="hidden"]), textarea';

/** After a refused submit: focus on the first field that needs attention, and its messages read out. */
function useRefusalFocus(form: RefObject<HTMLFormElement | null>, refusals: number) {
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    const element = form.current;
    if (refusals === 0 || !element) return;
    const invalid = element.querySelector<HTMLElement>('[aria-invalid="true"]');
    const field = invalid?.matches(fields) ? invalid : invalid?.querySelector<HTMLElement>(fields);
    const messages = [...element.querySelectorAll(`.${classes.error}`)].map((message) => message.textContent ?? '');
    setAnnouncement(messages.length > 0 ? describeInvalidFields(messages) : '');
    field?.focus();
  }, [form, refusals]);
  return announcement;
}

/** The clinic website's contact form. On any failure, what the person typed stays. */
export function IntakeForm({ onSent }: { onSent: () => void }) {
  const form = useIntakeForm(onSent);
  const { values, errors, setValue } = form;
  const element = useRef<HTMLFormElement>(null);
  const announcement = useRefusalFocus(element, form.refusals);

  return (
    <form
      ref={element}
      noValidate
      onSubmit={form.submit}
      // The first focus or touch anywhere in the form starts loading its checks.
      onFocus={form.prepare}
      onPointerDown={form.prepare}
      aria-label="Request an appointment"
      className={classes.form}
    >
      {form.problem && <IntakeProblem error={form.problem} />}
      <TextField
        label="Full name"
        autoComplete="name"
        required
        value={values.name}
        error={errors.name}
        onChange={(event) => setValue('name', event.currentTarget.value)}
      />
      <TextField
        label="Phone"
        // The example comes with the checks (the clinic's country); until then the line keeps its place.
        description={form.phone ? `For example ${form.phone.example}` : ' '}
        type="tel"
        autoComplete="tel"
        required
        value={values.phone}
        error={errors.phone}
        onChange={(event) => setValue('phone', event.currentTarget.value)}
      />
      <TextField
        label="Email"
        type="email"
        autoComplete="email"
        required
        value={values.email}
        error={errors.email}
        onChange={(event) => setValue('email', event.currentTarget.value)}
      />
      <ContactPreferenceFields values={values} errors={errors} setValue={setValue} />
      <ConcernFields values={values} errors={errors} setValue={setValue} />
      <MessageField
        value={values.message}
        error={errors.message}
        onChange={(message) => setValue('message', message)}
        onBlur={form.checkMessage}
      />
      <CheckboxField
        label="I agree to be contacted by the clinic about my request."
        required
        checked={values.consent}
        error={errors.consent}
        onChange={(consent) => setValue('consent', consent)}
      />
      <HoneypotField value={values.website} onChange={(website) => setValue('website', website)} />
      <button type="submit" className={classes.submit} data-loading={form.sending || undefined}>
        Send request
      </button>
      <div className={classes.visuallyHidden} aria-live="polite" data-invalid-submit-announcer>
        {form.sending ? 'Sending your request…' : announcement}
      </div>
    </form>
  );
}
