import { Alert, Anchor, Button, Group, List, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import type { Block } from '@/features/treatment-series/block-schemas';
import { blockKindLabel, blockSpan } from '@/features/treatment-series/domain/describe-block';
import type { ScheduleEntry } from '@/features/treatment-series/schedule-schemas';
import { formatClinic } from '@/lib/clinic-time';

type Props = { result: { block: Block; affected: ScheduleEntry[] }; timeZone: string; onDone: () => void };

/** After blocking: the visits already inside the block, to be rebooked one by one (nothing moved by itself). */
export function AffectedVisits({ result, timeZone, onDone }: Props) {
  const { block, affected } = result;
  return (
    <Stack gap="sm">
      <Alert color="teal" title="Time blocked">
        {blockKindLabel(block.kind)} ({block.reason}) {blockSpan(block, timeZone)}.
      </Alert>
      {affected.length === 0 ? (
        <Text size="sm">No visits were booked in this time.</Text>
      ) : (
        <Alert
          color="orange"
          title={`${affected.length} visit${affected.length === 1 ? ' is' : 's are'} inside this time`}
        >
          <Text size="sm">Nothing was moved. Reschedule each of them from its series:</Text>
          <List size="sm" mt="xs">
            {affected.map((entry) => (
              <List.Item key={entry.id}>
                <Anchor component={Link} to={paths.seriesDetail(entry.seriesId)}>
                  {entry.patientName}, visit {entry.number} of {entry.plannedSessions}
                </Anchor>{' '}
                ({formatClinic(entry.start, timeZone, 'ddd D MMM HH:mm')})
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Group justify="flex-end">
        <Button onClick={onDone}>Done</Button>
      </Group>
    </Stack>
  );
}
