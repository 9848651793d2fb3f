import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatClinic } from '@/lib/clinic-time';
import type { AuditEntry } from '../schemas';
import { AuditChanges } from './audit-changes';
import { entityLabels, recordHref } from './audit-labels';

type Props = { entries: AuditEntry[]; timeZone: string; caption: string };

const wrap = { overflowWrap: 'anywhere' } as const;

/** Who, when, what, and the changed fields before and after; fixed columns so the page never scrolls sideways. */
export function AuditTable({ entries, timeZone, caption }: Props) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="xs" layout="fixed" style={wrap}>
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={150}>
              When
            </Table.Th>
            <Table.Th scope="col" w={140}>
              Who
            </Table.Th>
            <Table.Th scope="col" w={170}>
              Record
            </Table.Th>
            <Table.Th scope="col">What</Table.Th>
            <Table.Th scope="col">Changed fields</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => {
            const href = recordHref(entry);
            return (
              <Table.Tr key={entry.id}>
                <Table.Td>
                  <time dateTime={entry.at}>{formatClinic(entry.at, timeZone, 'ddd D MMM YYYY, HH:mm')}</time>
                </Table.Td>
                <Table.Td>{entry.actorName}</Table.Td>
                <Table.Td>
                  <Text size="sm">{entityLabels[entry.entity]}</Text>
                  {href ? (
                    <Anchor component={Link} to={href} size="sm">
                      {entry.entityId}
                    </Anchor>
                  ) : (
                    <Text size="sm">{entry.entityId}</Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{entry.summary}</Text>
                </Table.Td>
                <Table.Td>
                  <AuditChanges entry={entry} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
