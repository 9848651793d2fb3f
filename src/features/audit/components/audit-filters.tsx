import { Button, Group, Select, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useState } from 'react';
import type { StaffMember } from '@/shared/staff/schemas';
import { auditEntities } from '../schemas';
import { entityLabels } from './audit-labels';
import type { AuditFilters as Filters } from './use-audit-filters';

type Props = {
  filters: Filters;
  onChange: (change: Partial<Filters>) => void;
  staff: readonly StaffMember[];
  onReset: (() => void) | null;
};

const anyone = 'any';

/** Person, kind of record, one record (by id) and a date range in clinic days. */
export function AuditFilters({ filters, onChange, staff, onReset }: Props) {
  const [record, setRecord] = useState(filters.entityId ?? '');
  const applyRecord = () => onChange({ entityId: record.trim() || null });
  return (
    <Group align="flex-end" gap="md">
      <Select
        label="Person"
        data={[
          { value: anyone, label: 'Anyone' },
          ...staff.map((member) => ({ value: member.id, label: member.name })),
        ]}
        value={filters.actorId ?? anyone}
        onChange={(value) => onChange({ actorId: value === anyone ? null : value })}
        allowDeselect={false}
        searchable
        w={190}
      />
      <Select
        label="Kind of record"
        data={[
          { value: anyone, label: 'Any kind' },
          ...auditEntities.map((kind) => ({ value: kind, label: entityLabels[kind] })),
        ]}
        value={filters.entity ?? anyone}
        onChange={(value) => onChange({ entity: auditEntities.find((kind) => kind === value) ?? null })}
        allowDeselect={false}
        w={190}
      />
      <TextInput
        label="Record id"
        placeholder="e.g. req_00012"
        value={record}
        onChange={(event) => setRecord(event.currentTarget.value)}
        onBlur={applyRecord}
        onKeyDown={(event) => {
          if (event.key === 'Enter') applyRecord();
        }}
        w={160}
      />
      <DatePickerInput
        label="From"
        placeholder="Any date"
        value={filters.from}
        onChange={(from) => onChange({ from })}
        maxDate={filters.to ?? undefined}
        valueFormat="D MMM YYYY"
        clearable
        w={150}
      />
      <DatePickerInput
        label="To"
        placeholder="Any date"
        value={filters.to}
        onChange={(to) => onChange({ to })}
        minDate={filters.from ?? undefined}
        valueFormat="D MMM YYYY"
        clearable
        w={150}
      />
      {onReset && (
        <Button
          variant="subtle"
          onClick={() => {
            setRecord('');
            onReset();
          }}
        >
          Show everything
        </Button>
      )}
    </Group>
  );
}
