import { Alert } from '@mantine/core';
import { type MutationKey, useMutationState } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { type Refusal, useRefusalsShownInline } from '@/lib/change-refusals';

type Props = {
  mutationKey: MutationKey;
  /** Null for refusals the form shows itself (field errors). */
  explain: (error: unknown) => Refusal | null;
};

/**
 * Why the latest change under `mutationKey` was refused, inline where the person is working.
 * It stays until dismissed or until the next change goes through.
 */
export function ChangeRefusalNotice({ mutationKey, explain }: Props) {
  useRefusalsShownInline(mutationKey);
  const latest = useMutationState({
    filters: { mutationKey },
    select: (mutation) => ({
      status: mutation.state.status,
      error: mutation.state.error,
      at: mutation.state.submittedAt,
    }),
  }).at(-1);
  const [dismissedAt, setDismissedAt] = useState<number>();
  const ref = useRef<HTMLDivElement>(null);
  const shown = latest?.status === 'error' && latest.at !== dismissedAt ? latest : undefined;
  const refusal = shown ? explain(shown.error) : null;
  const shownAt = refusal ? shown?.at : undefined;

  useEffect(() => {
    if (shownAt !== undefined) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [shownAt]);

  if (!shown || !refusal) return null;
  return (
    <Alert
      ref={ref}
      color={refusal.color}
      title={refusal.title}
      role="alert"
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={() => setDismissedAt(shown.at)}
    >
      {refusal.message}
    </Alert>
  );
}
