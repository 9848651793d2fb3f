import { DataList, Text, Title } from '@mantine/core';
import { PhoneNumber } from '@/shared/settings/phone-number';
import { areaLabels, concernLabels, contactMethodLabels, preferredTimeLabels } from '../../intake-vocabulary';
import type { ContactRequest } from '../../schemas';

/** Everything the person wrote in the website form. Their message is plain text, never markup. */
export function RequestFields({ request }: { request: ContactRequest }) {
  const times = request.preferredTimes.map((time) => preferredTimeLabels[time]).join(', ') || 'Any time';
  return (
    <section aria-labelledby="request-form-title">
      <Title order={3} size="h5" id="request-form-title" mb="xs">
        From the website form
      </Title>
      <DataList>
        <DataList.Item>
          <DataList.ItemLabel>Phone</DataList.ItemLabel>
          <DataList.ItemValue>
            <PhoneNumber value={request.phone} />
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Email</DataList.ItemLabel>
          <DataList.ItemValue>{request.email}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Contact by</DataList.ItemLabel>
          <DataList.ItemValue>{contactMethodLabels[request.preferredContactMethod]}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Best times</DataList.ItemLabel>
          <DataList.ItemValue>{times}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Concern</DataList.ItemLabel>
          <DataList.ItemValue>{concernLabels[request.concern]}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Areas</DataList.ItemLabel>
          <DataList.ItemValue>{request.areas.map((area) => areaLabels[area]).join(', ')}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Message</DataList.ItemLabel>
          <DataList.ItemValue>
            {request.message ? (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {request.message}
              </Text>
            ) : (
              <Text size="sm" c="dimmed">
                No message
              </Text>
            )}
          </DataList.ItemValue>
        </DataList.Item>
      </DataList>
    </section>
  );
}
