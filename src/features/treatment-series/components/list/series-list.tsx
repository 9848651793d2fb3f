import { Group, Loader, Pagination, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { ListEmpty, ListLoading } from '@/components/list-states';
import { QueryError } from '@/components/query-error';
import { serverNow } from '@/lib/server-clock';
import { useSettings } from '@/shared/settings/api/get-settings';
import { useStaff } from '@/shared/staff/api/get-staff';
import { useSeriesList } from '../../api/get-series-list';
import type { TreatmentSeries } from '../../schemas';
import type { SeriesTableMeta } from './series-columns';
import { SeriesFilters } from './series-filters';
import { SeriesTable } from './series-table';
import { useSeriesFilters } from './use-series-filters';

export const seriesPageSize = 25;
const noRows: TreatmentSeries[] = [];

/** Every treatment series with its progress, filtered and paged by the server. */
export function SeriesList() {
  const settings = useSettings();
  const staff = useStaff();
  const { filters, setFilters, resetFilters } = useSeriesFilters();
  const result = useSeriesList({
    progress: filters.progress,
    clinicianId: filters.clinicianId ?? undefined,
    page: filters.page,
    pageSize: seriesPageSize,
  });
  const { data } = result;
  const rows = data?.items ?? noRows;
  const total = data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / seriesPageSize));

  const clinicians = useMemo(() => staff.filter((member) => member.role === 'clinician'), [staff]);
  const staffNames = useMemo(() => new Map(staff.map((member) => [member.id, member.name])), [staff]);
  const meta: SeriesTableMeta = { timeZone: settings.timeZone, now: serverNow().getTime(), staffNames };
  const filtered = filters.progress.length > 0 || filters.clinicianId !== null;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="baseline">
        <Title order={2}>Series</Title>
        <Group gap="xs">
          {result.isFetching && data && <Loader size="xs" aria-label="Updating the list" />}
          <Text size="sm" c="dimmed" role="status">
            {data ? `${total} series in this view` : ''}
          </Text>
        </Group>
      </Group>
      <SeriesFilters
        filters={filters}
        onChange={setFilters}
        clinicians={clinicians}
        onReset={filtered ? resetFilters : null}
      />
      {result.isPending ? (
        <ListLoading label="Loading series" />
      ) : result.isError && !data ? (
        <QueryError
          error={result.error}
          title="The series could not be loaded"
          reassurance="Your filters are kept."
          onRetry={() => void result.refetch()}
          retrying={result.isFetching}
        />
      ) : rows.length === 0 ? (
        <ListEmpty
          message={filtered ? 'No series match these filters' : 'No treatment series yet'}
          hint="A series appears here once it is booked from a contact request."
          reset={filtered ? { label: 'Show every series', onReset: resetFilters } : undefined}
        />
      ) : (
        <>
          <SeriesTable
            rows={rows}
            meta={meta}
            caption={`Treatment series, page ${data?.page ?? filters.page} of ${pages}`}
          />
          <nav aria-label="Pages of series">
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
