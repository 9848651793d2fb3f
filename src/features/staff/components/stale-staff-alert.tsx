import { Alert, List, Text } from '@mantine/core';
import { staffFieldLabels } from '@/shared/staff/schemas';
import { describeStaffField, type StaffFormValues } from './describe-staff';

type Props = { opened: StaffFormValues; newer: StaffFormValues; typed: StaffFormValues };

const fields = ['name', 'email', 'role', 'workingHours'] as const;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** After a stale-version refusal: what someone else changed, next to what this person entered (kept in the form). */
export function StaleStaffAlert({ opened, newer, typed }: Props) {
  const changed = fields.filter((field) => !same(opened[field], newer[field]));
  return (
    <Alert color="orange" title="Someone else changed this account meanwhile" role="alert">
      <Text size="sm">Nothing was saved. What you entered is kept; check the newer values, then save again.</Text>
      {changed.length > 0 && (
        <List size="sm" mt="xs" aria-label="Fields changed by someone else">
          {changed.map((field) => (
            <List.Item key={field}>
              <strong>{staffFieldLabels[field]}</strong>: now {describeStaffField(field, newer)}
              {same(typed[field], newer[field]) ? '' : `; you entered ${describeStaffField(field, typed)}`}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
