import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { roleLabels, type StaffMember } from '@/shared/staff/schemas';
import { describeHours } from './describe-staff';

type Props = {
  staff: StaffMember[];
  onEdit: (member: StaffMember) => void;
  onDeactivate: (member: StaffMember) => void;
  onReactivate: (member: StaffMember) => void;
  reactivatingId: string | null;
};

/** Every account, active ones first; the actions name the person for screen readers. */
export function StaffTable({ staff, onEdit, onDeactivate, onReactivate, reactivatingId }: Props) {
  const rows = [...staff].sort((a, b) => Number(b.active) - Number(a.active));
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="xs" highlightOnHover>
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>Staff accounts</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {['Name', 'Email', 'Role', 'Working hours', 'Status', 'Actions'].map((label) => (
              <Table.Th key={label} scope="col">
                {label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((member) => (
            <Table.Tr key={member.id}>
              <Table.Th scope="row" fw={500}>
                {member.name}
              </Table.Th>
              <Table.Td>{member.email}</Table.Td>
              <Table.Td>{roleLabels[member.role]}</Table.Td>
              <Table.Td maw={320}>
                <Text size="sm">{describeHours(member)}</Text>
              </Table.Td>
              <Table.Td>
                <Badge color={member.active ? 'teal' : 'gray'} variant="light">
                  {member.active ? 'Active' : 'Deactivated'}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Button
                    size="compact-sm"
                    variant="light"
                    onClick={() => onEdit(member)}
                    aria-label={`Edit ${member.name}`}
                  >
                    Edit
                  </Button>
                  {member.active ? (
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      onClick={() => onDeactivate(member)}
                      aria-label={`Deactivate ${member.name}`}
                    >
                      Deactivate
                    </Button>
                  ) : (
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      onClick={() => onReactivate(member)}
                      loading={reactivatingId === member.id}
                      aria-label={`Reactivate ${member.name}`}
                    >
                      Reactivate
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
