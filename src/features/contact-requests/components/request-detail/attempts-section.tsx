import { Stack, Title } from '@mantine/core';
import type { ClinicSettings } from '@/shared/settings/schemas';
import { isOpenRequest } from '../../domain/request-status';
import type { ContactRequest } from '../../schemas';
import { AttemptLog } from './attempt-log';
import { LogAttemptForm } from './log-attempt-form';
import { NextAttemptHint } from './next-attempt-hint';

type Props = { request: ContactRequest; settings: ClinicSettings };

export function AttemptsSection({ request, settings }: Props) {
  const open = isOpenRequest(request.status);
  return (
    <Stack component="section" aria-labelledby="attempts-title" gap="sm">
      <Title order={3} size="h5" id="attempts-title">
        Contact attempts
      </Title>
      {open && <NextAttemptHint request={request} settings={settings} />}
      {open && <LogAttemptForm request={request} />}
      <AttemptLog attempts={request.attempts} timeZone={settings.timeZone} />
    </Stack>
  );
}
