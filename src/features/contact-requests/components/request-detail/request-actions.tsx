import { Button, Group, Stack, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useIsMutating } from '@tanstack/react-query';
import { type ReactNode, useRef, useState } from 'react';
import type { ClinicSettings } from '@/shared/settings/schemas';
import { requestChangeKey } from '../../api/optimistic-request';
import { useRequestAction } from '../../api/request-action';
import { availableActions } from '../../domain/request-status';
import { type ContactRequest, closeInputSchema, notCandidateInputSchema, type RequestAction } from '../../schemas';
import { ClosingSuggestion } from './closing-suggestion';
import { CloseRequestForm, type CloseValues, NotCandidateForm, type NotCandidateValues } from './reason-forms';

type Panel = 'not_candidate' | 'close' | null;
type Props = {
  request: ContactRequest;
  settings: ClinicSettings;
  bookingAction?: (requestId: string) => ReactNode;
};

/**
 * The decisions valid for the request's status. The forms live here, above the panels that
 * show them, so a refused change reopens its panel with everything the person typed.
 */
export function RequestActions({ request, settings, bookingAction }: Props) {
  const [panel, setPanel] = useState<Panel>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const action = useRequestAction(request.id);
  const busy = useIsMutating({ mutationKey: requestChangeKey(request.id) }) > 0;
  const allowed = availableActions(request.status);
  const notCandidateForm = useForm<NotCandidateValues>({
    mode: 'uncontrolled',
    initialValues: { reason: '' },
    validate: schemaResolver(notCandidateInputSchema, { sync: true }),
  });
  const closeForm = useForm<CloseValues>({
    mode: 'uncontrolled',
    initialValues: { closeReason: '', reason: '' },
    validate: schemaResolver(closeInputSchema, { sync: true }),
  });

  const run = (input: RequestAction, from: Panel = null, reset?: () => void) => {
    setPanel(null);
    heading.current?.focus();
    action.mutate(input, { onSuccess: () => reset?.(), onError: () => setPanel(from) });
  };
  const version = request.version;

  return (
    <Stack component="section" aria-labelledby="decision-title" gap="sm">
      <Title order={3} size="h5" id="decision-title" ref={heading} tabIndex={-1}>
        Decision
      </Title>
      {allowed.close && (
        <ClosingSuggestion
          request={request}
          threshold={settings.failedAttemptsBeforeClosing}
          onClose={(reason) => {
            closeForm.setValues({ closeReason: 'unreachable', reason });
            setPanel('close');
          }}
        />
      )}
      <Group gap="xs">
        {allowed.book && bookingAction?.(request.id)}
        {allowed.startContacting && (
          <Button variant="light" disabled={busy} onClick={() => run({ action: 'start_contacting', version })}>
            Move to contacting
          </Button>
        )}
        {allowed.notCandidate && (
          <Button variant="default" disabled={busy} onClick={() => setPanel('not_candidate')}>
            Not a candidate…
          </Button>
        )}
        {allowed.close && (
          <Button variant="default" disabled={busy} onClick={() => setPanel('close')}>
            Close request…
          </Button>
        )}
        {allowed.reopen && (
          <Button variant="light" disabled={busy} onClick={() => run({ action: 'reopen', version })}>
            Reopen
          </Button>
        )}
      </Group>
      {panel === 'not_candidate' && allowed.notCandidate && (
        <NotCandidateForm
          form={notCandidateForm}
          busy={busy}
          onCancel={() => setPanel(null)}
          onSubmit={(values) =>
            run(
              { action: 'not_candidate', version, ...notCandidateInputSchema.parse(values) },
              'not_candidate',
              notCandidateForm.reset,
            )
          }
        />
      )}
      {panel === 'close' && allowed.close && (
        <CloseRequestForm
          form={closeForm}
          busy={busy}
          onCancel={() => setPanel(null)}
          onSubmit={(values) =>
            run({ action: 'close', version, ...closeInputSchema.parse(values) }, 'close', closeForm.reset)
          }
        />
      )}
    </Stack>
  );
}
