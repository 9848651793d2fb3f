import { Group, Loader, Pagination, Stack, Text, Title } from '@mantine/core';
import { ListEmpty, ListLoading } from '@/components/list-states';
import { QueryError } from '@/components/query-error';
import { useSettings } from '@/shared/settings/api/get-settings';
import { useStaff } from '@/shared/staff/api/get-staff';
import { useAuditPage } from '../api/get-audit';
import { AuditFilters } from './audit-filters';
import { AuditTable } from './audit-table';
import { ExportButton } from './export-button';
import { apiFilter, useAuditFilters } from './use-audit-filters';

export const auditPageSize = 50;

/** The whole audit trail, filtered and paged by the server (admins only). */
export function AuditPage() {
  const { timeZone } = useSettings();
  const staff = useStaff();
  const { filters, setFilters, resetFilters } = useAuditFilters();
  const filter = apiFilter(filters);
  const result = useAuditPage({ ...filter, page: filters.page, pageSize: auditPageSize });
  const { data } = result;
  const total = data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / auditPageSize));
  const filtered = Object.keys(filter).length > 0;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Audit trail</Title>
          <Text size="sm" c="dimmed">
            Every change, newest first, in clinic time ({timeZone}). Reading the trail is not recorded; exports are.
          </Text>
        </div>
        <Group gap="xs">
          {result.isFetching && data && <Loader size="xs" aria-label="Updating the trail" />}
          <Text size="sm" c="dimmed" role="status">
            {data ? `${total} entries in this view` : ''}
          </Text>
          <ExportButton filter={filter} />
        </Group>
      </Group>
      <AuditFilters filters={filters} onChange={setFilters} staff={staff} onReset={filtered ? resetFilters : null} />
      {result.isPending ? (
        <ListLoading label="Loading the audit trail" />
      ) : result.isError && !data ? (
        <QueryError
          error={result.error}
          title="The audit trail could not be loaded"
          reassurance="Your filters are kept."
          onRetry={() => void result.refetch()}
          retrying={result.isFetching}
        />
      ) : !data || data.items.length === 0 ? (
        <ListEmpty
          message={filtered ? 'No entries match these filters' : 'Nothing has been recorded yet'}
          hint="Every change to a record is written here."
          reset={filtered ? { label: 'Show everything', onReset: resetFilters } : undefined}
        />
      ) : (
        <>
          <AuditTable
            entries={data.items}
            timeZone={timeZone}
            caption={`Audit entries, page ${data.page} of ${pages}`}
          />
          <nav aria-label="Pages of the audit trail">
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
