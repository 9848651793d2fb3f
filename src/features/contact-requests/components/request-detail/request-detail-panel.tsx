import { Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { ChangeRefusalNotice } from '@/components/change-refusal-notice';
import { useSettings } from '@/shared/settings/api/get-settings';
import { describeRequestRefusal, requestChangeKey } from '../../api/optimistic-request';
import { isOpenRequest } from '../../domain/request-status';
import type { ContactRequest } from '../../schemas';
import { AttemptsSection } from './attempts-section';
import { DuplicateNotice } from './duplicate-notice';
import { RequestActions } from './request-actions';
import { RequestFields } from './request-fields';
import { RequestHeader } from './request-header';

type Props = {
  request: ContactRequest;
  /** The booking hand-off for an open request, supplied by the app (another feature owns booking). */
  bookingAction?: (requestId: string) => ReactNode;
  /** Merging a possible duplicate into the patient, supplied by the app (the patients feature owns it). */
  mergeAction?: (request: ContactRequest, patientId: string) => ReactNode;
  /** "Call back at…" for an open request, supplied by the app (the follow-up calls feature owns calls). */
  callbackAction?: (request: ContactRequest) => ReactNode;
};

export function RequestDetailPanel({ request, bookingAction, mergeAction, callbackAction }: Props) {
  const settings = useSettings();
  return (
    <Stack gap="lg">
      <RequestHeader request={request} settings={settings} />
      {request.duplicateOf && (
        <DuplicateNotice request={request} match={request.duplicateOf} mergeAction={mergeAction} />
      )}
      <RequestFields request={request} />
      <ChangeRefusalNotice mutationKey={requestChangeKey(request.id)} explain={describeRequestRefusal} />
      <AttemptsSection request={request} settings={settings} />
      {isOpenRequest(request.status) && callbackAction?.(request)}
      <RequestActions request={request} settings={settings} bookingAction={bookingAction} />
    </Stack>
  );
}
