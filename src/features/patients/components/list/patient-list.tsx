import { Group, Loader, Pagination, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { ListEmpty, ListLoading } from '@/components/list-states';
import { QueryError } from '@/components/query-error';
import { useSettings } from '@/shared/settings/api/get-settings';
import { useSearchPatients } from '../../api/search-patients';
import type { PatientRow } from '../../search-schemas';
import { PatientFilters } from './patient-filters';
import { PatientTable } from './patient-table';
import { isFiltered, usePatientFilters } from './use-patient-filters';

export const patientPageSize = 50;
const noRows: PatientRow[] = [];

/** Every patient, searched, filtered, sorted and paged by the server. */
export function PatientList() {
  const settings = useSettings();
  const { filters, setFilters, resetFilters } = usePatientFilters();
  const [search, setSearch] = useState('');
  const [text] = useDebouncedValue(search.trim(), 250);
  const result = useSearchPatients({ ...filters, text, pageSize: patientPageSize });
  const { data } = result;
  const rows = data?.items ?? noRows;
  const total = data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / patientPageSize));
  const narrowed = isFiltered(filters) || text !== '';
  const showAll = () => {
    setSearch('');
    resetFilters();
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="baseline">
        <Title order={2}>Patients</Title>
        <Group gap="xs">
          {result.isFetching && data && <Loader size="xs" aria-label="Updating the list" />}
          <Text size="sm" c="dimmed" role="status">
            {data ? `${total} ${total === 1 ? 'patient' : 'patients'} in this view` : ''}
          </Text>
        </Group>
      </Group>
      <PatientFilters
        search={search}
        onSearch={(value) => {
          setSearch(value);
          if (filters.page > 1) setFilters({});
        }}
        filters={filters}
        onChange={setFilters}
        onReset={narrowed ? showAll : null}
      />
      {result.isPending ? (
        <ListLoading label="Loading patients" />
      ) : result.isError && !data ? (
        <QueryError
          error={result.error}
          title="The patients could not be loaded"
          reassurance="Your filters are kept."
          onRetry={() => void result.refetch()}
          retrying={result.isFetching}
        />
      ) : rows.length === 0 ? (
        <ListEmpty
          message={narrowed ? 'No patients match this search' : 'No patients yet'}
          hint="A patient is added when a request is booked."
          reset={narrowed ? { label: 'Show every patient', onReset: showAll } : undefined}
        />
      ) : (
        <>
          <PatientTable
            rows={rows}
            meta={{ timeZone: settings.timeZone }}
            caption={`Patients, page ${data?.page ?? filters.page} of ${pages}`}
            sort={filters.sort}
            order={filters.order}
            onSort={(sort, order) => setFilters({ sort, order })}
          />
          <nav aria-label="Pages of patients">
            <Pagination
              total={pages}
              value={filters.page}
              onChange={(page) => setFilters({ page })}
              hideWithOnePage
              getControlProps={(control) => ({ 'aria-label': `${control} page` })}
              getItemProps={(page) => ({ 'aria-label': `Page ${page}` })}
            />
          </nav>
        </>
      )}
    </Stack>
  );
}
