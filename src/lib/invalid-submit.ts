/*
 * What happens when a form's own validation refuses a submit, for every form of the app at
 * once: focus moves to the first invalid field, and a polite live region (one for the page,
 * there before any error, so screen readers announce its changes) reads out the errors.
 */

/** Mantine's error messages: under a field (InputWrapper) or beside a checkbox, radio or switch. */
const errorMessages =
  '.mantine-InputWrapper-error, .mantine-Checkbox-error, .mantine-Radio-error, .mantine-Switch-error';
const fields = 'input:not([type="hidden"]), textarea, select, button';

function firstInvalidField(form: HTMLFormElement): HTMLElement | null {
  const invalid = form.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (invalid) return invalid;
  // A radio group marks its wrapper, not its radios.
  const message = form.querySelector(errorMessages);
  const wrapper = message?.closest('.mantine-InputWrapper-root, .mantine-Checkbox-root, .mantine-Radio-root');
  return wrapper?.querySelector<HTMLElement>(fields) ?? null;
}

function createAnnouncer(): HTMLElement {
  const region = document.createElement('div');
  region.setAttribute('aria-live', 'polite');
  region.setAttribute('data-invalid-submit-announcer', '');
  region.className = 'mantine-visually-hidden';
  document.body.append(region);
  return region;
}

/** What the live region reads after a refused submit: how many fields, and each one's message. */
export function describeInvalidFields(messages: readonly string[]): string {
  const count = messages.length;
  return `${count === 1 ? 'One field needs' : `${count} fields need`} attention: ${messages.join('. ')}`;
}

/** Listens on the whole document; returns what stops it. */
export function handleInvalidSubmits(): () => void {
  const announcer = createAnnouncer();
  const onSubmit = (event: Event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    // The form's handler ran first (React listens below the document); its errors render next.
    setTimeout(() => {
      const field = firstInvalidField(form);
      if (!field) return;
      const messages = [...form.querySelectorAll(errorMessages)].map((message) => message.textContent?.trim() ?? '');
      announcer.textContent = describeInvalidFields(messages);
      if (document.activeElement?.getAttribute('aria-invalid') !== 'true') field.focus();
    });
  };
  document.addEventListener('submit', onSubmit);
  return () => {
    document.removeEventListener('submit', onSubmit);
    announcer.remove();
  };
}
