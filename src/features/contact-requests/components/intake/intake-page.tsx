import { Alert, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { IntakeForm } from './intake-form';

/** The form until it is sent, then only a thank-you: nothing the person typed is shown back. */
export function IntakePage() {
  const [sent, setSent] = useState(false);
  const notice = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (sent) notice.current?.focus();
  }, [sent]);

  if (sent) {
    return (
      <Alert ref={notice} tabIndex={-1} color="teal" title="Thank you, your request has been sent" role="status">
        <Text size="sm">We will contact you to set up an appointment date.</Text>
      </Alert>
    );
  }
  return <IntakeForm onSent={() => setSent(true)} />;
}
