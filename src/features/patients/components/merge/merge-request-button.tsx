import { Button } from '@mantine/core';
import { useState } from 'react';
import { MergeDialog } from './merge-dialog';
import type { MergeSource } from './merge-fields';

type Props = { request: MergeSource; patientId: string };

/** Offered on a request flagged as possibly an existing patient. */
export function MergeRequestButton({ request, patientId }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="xs" variant="light" onClick={() => setOpen(true)}>
        Same person: merge…
      </Button>
      {open && <MergeDialog request={request} patientId={patientId} onClose={() => setOpen(false)} />}
    </>
  );
}
