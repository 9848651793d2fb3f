import { List, Text, VisuallyHidden } from '@mantine/core';
import type { AuditEntry } from '../schemas';
import { fieldLabel } from './audit-labels';

/** Each changed field with its value before and after ("not set" for an empty value). */
export function AuditChanges({ entry }: { entry: AuditEntry }) {
  if (!entry.changes?.length) {
    return (
      <Text size="sm" c="dimmed">
        –<VisuallyHidden>no field changes recorded</VisuallyHidden>
      </Text>
    );
  }
  return (
    <List size="sm" spacing={2} listStyleType="none" aria-label="Changed fields">
      {entry.changes.map((change) => (
        <List.Item key={change.field}>
          <Text span size="sm" fw={500}>
            {fieldLabel(entry.entity, change.field)}:
          </Text>{' '}
          {change.before ?? 'not set'}
          <span aria-hidden> → </span>
          <VisuallyHidden> changed to </VisuallyHidden>
          <Text span size="sm" fw={500}>
            {change.after ?? 'not set'}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
