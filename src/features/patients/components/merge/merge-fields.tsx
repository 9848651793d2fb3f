import { Radio, Table, Text, VisuallyHidden } from '@mantine/core';
import { useFormatPhone } from '@/shared/settings/phone-number';
import { type MergeableField, mergeableFields, type Patient } from '../../schemas';

/** The request's side of a merge: its contact details (patients imports no other feature's types). */
export type MergeSource = { id: string; version: number; name: string; phone: string; email: string };

const fieldLabels: Record<MergeableField, string> = { name: 'Name', phone: 'Phone', email: 'Email' };

type Props = {
  request: MergeSource;
  patient: Patient;
  take: readonly MergeableField[];
  onTake: (field: MergeableField, fromRequest: boolean) => void;
};

/** Side by side, with a choice for each detail that differs: keep the patient's or use the request's. */
export function MergeFields({ request, patient, take, onTake }: Props) {
  const formatPhone = useFormatPhone();
  const shown = (field: MergeableField, value: string) => (field === 'phone' ? formatPhone(value) : value);
  return (
    <Table aria-label="Contact details to keep" verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Detail</Table.Th>
          <Table.Th scope="col">This request</Table.Th>
          <Table.Th scope="col">Patient record</Table.Th>
          <Table.Th scope="col">Keep on the record</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {mergeableFields.map((field) => {
          const same = request[field] === patient[field];
          return (
            <Table.Tr key={field}>
              <Table.Th scope="row">{fieldLabels[field]}</Table.Th>
              <Table.Td>{shown(field, request[field])}</Table.Td>
              <Table.Td>{shown(field, patient[field])}</Table.Td>
              <Table.Td>
                {same ? (
                  <Text size="sm">Same</Text>
                ) : (
                  <Radio.Group
                    label={<VisuallyHidden>{fieldLabels[field]} to keep</VisuallyHidden>}
                    value={take.includes(field) ? 'request' : 'patient'}
                    onChange={(value) => onTake(field, value === 'request')}
                  >
                    <Radio value="patient" label="The patient's" size="md" mb="xs" />
                    <Radio value="request" label="The request's" size="md" />
                  </Radio.Group>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
