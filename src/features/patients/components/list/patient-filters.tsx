import { Button, Chip, Group, Text, TextInput } from '@mantine/core';
import type { PatientFilters as Filters, PatientFlagFilter } from './use-patient-filters';

type Props = {
  search: string;
  onSearch: (text: string) => void;
  filters: Filters;
  onChange: (change: Partial<Filters>) => void;
  onReset: (() => void) | null;
};

const flagLabels: Record<PatientFlagFilter, string> = {
  activeSeries: 'Has an active series',
  needsBooking: 'Needs booking',
  needsReview: 'Flags needing review',
};
const flagFilters = Object.keys(flagLabels) as PatientFlagFilter[];

/** The search box (its text stays on this page: it is sent in a request body) and the view's filters. */
export function PatientFilters({ search, onSearch, filters, onChange, onReset }: Props) {
  const chosen = flagFilters.filter((flag) => filters[flag]);
  return (
    <Group align="flex-end" gap="md">
      <TextInput
        type="search"
        label="Search patients"
        description="Part of a name, a phone number or an email"
        value={search}
        onChange={(event) => onSearch(event.currentTarget.value)}
        maxLength={100}
        w={300}
        autoComplete="off"
      />
      <fieldset style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
        <Text component="legend" size="sm" fw={500} mb={4} p={0}>
          Show only
        </Text>
        <Chip.Group
          multiple
          value={chosen}
          onChange={(value) => onChange(Object.fromEntries(flagFilters.map((flag) => [flag, value.includes(flag)])))}
        >
          <Group gap={6}>
            {flagFilters.map((flag) => (
              <Chip key={flag} value={flag} size="xs">
                {flagLabels[flag]}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </fieldset>
      {onReset && (
        <Button variant="subtle" onClick={onReset}>
          Show every patient
        </Button>
      )}
    </Group>
  );
}
