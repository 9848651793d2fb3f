import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { formatClinic } from '@/lib/clinic-time';
import { dateTimeFormat } from '@/lib/date-formats';
import { useCurrentStaff } from '@/shared/auth/api/get-me';
import { useAssignCall } from '../../api/assign-call';
import { isOpenCall, relativeDue } from '../../call-times';
import { type FollowUpDetail, followUpReasonLabels } from '../../schemas';
import { AboutLink } from '../queue/queue-columns';

const statusLabels: Record<FollowUpDetail['status'], string> = {
  due: 'Due',
  no_answer: 'Not reached yet',
  done: 'Done',
  cancelled: 'Cancelled',
};

type Props = { call: FollowUpDetail; timeZone: string; now: number; staffNames: ReadonlyMap<string, string> };

/** Why and when to call, what it is about, and who has it. */
export function CallHeader({ call, timeZone, now, staffNames }: Props) {
  const me = useCurrentStaff();
  const assign = useAssignCall(call.id);
  const open = isOpenCall(call);
  const assignee = call.assigneeId ? (staffNames.get(call.assigneeId) ?? 'Unknown') : 'Nobody yet';
  return (
    <Stack gap={6}>
      <Group gap="xs">
        <Badge variant="light">{followUpReasonLabels[call.reason]}</Badge>
        <Badge variant="outline" color={open ? 'blue' : 'gray'}>
          {statusLabels[call.status]}
        </Badge>
        <AboutLink row={call} />
      </Group>
      <Text size="sm">
        Due {formatClinic(call.dueAt, timeZone, dateTimeFormat)}
        {open && ` (${relativeDue(call.dueAt, now, timeZone)})`}
      </Text>
      {call.note && <Text size="sm">{call.note}</Text>}
      <Group gap="xs">
        <Text size="sm">Assigned to: {assignee}</Text>
        {open && call.canWork && call.assigneeId !== me.id && (
          <Button
            size="compact-xs"
            variant="default"
            loading={assign.isPending}
            onClick={() => assign.mutate({ version: call.version, assigneeId: me.id })}
          >
            Assign to me
          </Button>
        )}
      </Group>
    </Stack>
  );
}
