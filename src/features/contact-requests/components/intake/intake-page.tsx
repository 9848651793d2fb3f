import { useEffect, useRef, useState } from 'react';
import { IntakeForm } from './intake-form';
import classes from './intake-form.module.css';

/** The form until it is sent, then only a thank-you: nothing the person typed is shown back. */
export function IntakePage() {
  const [sent, setSent] = useState(false);
  const notice = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (sent) notice.current?.focus();
  }, [sent]);

  if (sent) {
    return (
      <div ref={notice} tabIndex={-1} className={classes.alert} data-tone="success" role="status">
        <p className={classes.alertTitle}>Thank you, your request has been sent</p>
        <p className={classes.alertBody}>We will contact you to set up an appointment date.</p>
      </div>
    );
  }
  return <IntakeForm onSent={() => setSent(true)} />;
}
