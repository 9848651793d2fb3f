import { Anchor, Badge, DataList, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { formatClinic } from '@/lib/clinic-time';
import { dateTimeFormat } from '@/lib/date-formats';
import { serverNow } from '@/lib/server-clock';
import type { ClinicSettings } from '@/shared/settings/schemas';
import { isOpenRequest } from '../../domain/request-status';
import { formatWaiting, responseStatus } from '../../domain/response-time';
import { type ContactRequest, closeReasonLabels, statusLabels } from '../../schemas';
import { statusColors } from '../request-status';
import { AssignControl } from './assign-control';

type Props = { request: ContactRequest; settings: ClinicSettings };

function FirstContact({ request, settings }: Props) {
  const response = responseStatus(request, serverNow(), settings);
  const at = (instant: string) => formatClinic(instant, settings.timeZone, dateTimeFormat);
  if (request.firstContactAt) {
    return (
      <Text size="sm">
        {at(request.firstContactAt)}, after {formatWaiting(response.waitingMinutes)}
        {response.late && ' (later than the target)'}
      </Text>
    );
  }
  if (!isOpenRequest(request.status)) return <Text size="sm">Never contacted</Text>;
  return (
    <Text size="sm">
      Not yet: waiting {formatWaiting(response.waitingMinutes)}, due by {at(response.dueAt)}
    </Text>
  );
}

export function RequestHeader({ request, settings }: Props) {
  const late =
    !request.firstContactAt && isOpenRequest(request.status) && responseStatus(request, serverNow(), settings).late;
  const reasonLabel = request.closeReason ? `Closed: ${closeReasonLabels[request.closeReason]}` : 'Reason';
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Badge color={statusColors[request.status]} size="lg" variant="light">
          {statusLabels[request.status]}
        </Badge>
        {late && (
          <Badge color="red" size="lg">
            Late
          </Badge>
        )}
      </Group>
      <DataList>
        <DataList.Item>
          <DataList.ItemLabel>Received</DataList.ItemLabel>
          <DataList.ItemValue>{formatClinic(request.receivedAt, settings.timeZone, dateTimeFormat)}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>First contact</DataList.ItemLabel>
          <DataList.ItemValue>
            <FirstContact request={request} settings={settings} />
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Assigned to</DataList.ItemLabel>
          <DataList.ItemValue>
            <AssignControl request={request} />
          </DataList.ItemValue>
        </DataList.Item>
        {request.statusReason && (
          <DataList.Item>
            <DataList.ItemLabel>{reasonLabel}</DataList.ItemLabel>
            <DataList.ItemValue style={{ whiteSpace: 'pre-wrap' }}>{request.statusReason}</DataList.ItemValue>
          </DataList.Item>
        )}
        {request.patientId && (
          <DataList.Item>
            <DataList.ItemLabel>Patient</DataList.ItemLabel>
            <DataList.ItemValue>
              <Anchor component={Link} to={paths.patient(request.patientId)}>
                Open the patient record
              </Anchor>
            </DataList.ItemValue>
          </DataList.Item>
        )}
      </DataList>
    </Stack>
  );
}
