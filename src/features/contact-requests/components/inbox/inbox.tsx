import { Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { lazy, Suspense, useCallback, useId, useMemo, useRef, useState } from 'react';
import { useLocation, useMatch, useNavigate } from 'react-router';
import { ListEmpty, ListLoading } from '@/components/list-states';
import { QueryError } from '@/components/query-error';
import { paths } from '@/config/paths';
import { useCurrentStaff } from '@/shared/auth/api/get-me';
import { useSettings } from '@/shared/settings/api/get-settings';
import { useStaff } from '@/shared/staff/api/get-staff';
import { useContactRequests } from '../../api/get-contact-requests';
import { isDefaultView, toInboxQuery, useInboxFilters } from '../../hooks/use-inbox-filters';
import { useServerNow } from '../../hooks/use-server-now';
import type { ContactRequestSummary } from '../../schemas';
import type { InboxTableMeta } from './inbox-columns';
import { InboxFilters } from './inbox-filters';
import { InboxFooter } from './inbox-footer';
import { InboxTable, type InboxTableHandle } from './inbox-table';
import { useInboxBulkActions } from './use-inbox-bulk-actions';
import { useInboxSelection } from './use-inbox-selection';
import { plural } from './use-undoable-bulk-action';

// Loaded when first needed: most visits never select a row.
const InboxBulkBar = lazy(() => import('./inbox-bulk-bar').then((module) => ({ default: module.InboxBulkBar })));
const CloseRequestsModal = lazy(() =>
  import('./close-requests-modal').then((module) => ({ default: module.CloseRequestsModal })),
);

const noRows: ContactRequestSummary[] = [];
const searchDebounceMs = 300;

/** The front desk's inbox of contact requests: filtered, sorted and paged by the server. */
export function Inbox() {
  const me = useCurrentStaff();
  const settings = useSettings();
  const staff = useStaff();
  const { filters, setFilters, resetFilters } = useInboxFilters();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, searchDebounceMs);
  const query = toInboxQuery(filters, debouncedSearch);
  const result = useContactRequests(query);
  const { data, hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = result;
  const rows = useMemo(() => data?.pages.flatMap((page) => page.items) ?? noRows, [data]);
  const total = data?.pages[0]?.total ?? 0;

  const now = useServerNow();
  const { search: urlSearch } = useLocation();
  const navigate = useNavigate();
  const openId = useMatch(`${paths.requests}/:id`)?.params.id;
  const staffNames = useMemo(() => new Map(staff.map((member) => [member.id, member.name])), [staff]);
  const meta = useMemo<InboxTableMeta>(() => ({ settings, now, staffNames }), [settings, now, staffNames]);

  const tableRef = useRef<InboxTableHandle>(null);
  const selection = useInboxSelection(JSON.stringify(query), rows);
  const bulk = useInboxBulkActions({
    selected: selection.selected,
    me,
    select: selection.select,
    refocus: () => tableRef.current?.focusActiveRow(),
  });

  const onOpen = useCallback(
    (id: string) => void navigate({ pathname: paths.request(id), search: urlSearch }),
    [navigate, urlSearch],
  );
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage && !isFetchNextPageError) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage]);
  const resetView = useCallback(() => {
    setSearch('');
    resetFilters();
  }, [resetFilters]);
  const filtered = !isDefaultView(filters) || search.trim() !== '';
  const hintId = useId();

  return (
    <Stack gap="sm" h="calc(100dvh - var(--app-shell-header-height, 56px) - 2 * var(--mantine-spacing-md))">
      <Group justify="space-between" align="baseline">
        <Title order={2}>Requests</Title>
        <Group gap="xs">
          {result.isFetching && !isFetchingNextPage && <Loader size="xs" aria-label="Updating the list" />}
          <Text size="sm" c="dimmed" role="status">
            {data ? `${plural(total, 'request')} in this view` : ''}
          </Text>
        </Group>
      </Group>
      <InboxFilters
        statuses={filters.statuses}
        concerns={filters.concerns}
        assignee={filters.assignee}
        lateOnly={filters.lateOnly}
        onChange={setFilters}
        search={search}
        onSearchChange={setSearch}
        staff={staff}
        onReset={filtered ? resetView : null}
      />
      <Group justify="space-between" mih={30}>
        <Text id={hintId} size="xs" c="dimmed">
          Keyboard: ↑ ↓ or j k to move, Home and End, Enter opens, Space selects.
        </Text>
        {selection.selected.length > 0 && (
          <Suspense fallback={null}>
            <InboxBulkBar
              count={selection.selected.length}
              staff={staff}
              onAssign={bulk.assign}
              onAssignToMe={bulk.assignToMe}
              onClose={bulk.openClose}
              onClear={() => selection.select([])}
            />
          </Suspense>
        )}
      </Group>
      {result.isPending ? (
        <ListLoading label="Loading requests" />
      ) : result.isError && !data ? (
        <QueryError
          error={result.error}
          title="The requests could not be loaded"
          reassurance="Your filters are kept."
          onRetry={() => void result.refetch()}
          retrying={result.isFetching}
        />
      ) : rows.length === 0 ? (
        <ListEmpty
          message={filtered ? 'No requests match this view' : 'No open requests — nothing waiting'}
          reset={filtered ? { label: 'Show open requests', onReset: resetView } : undefined}
        />
      ) : (
        <InboxTable
          ref={tableRef}
          rows={rows}
          total={total}
          meta={meta}
          sort={filters.sort}
          order={filters.order}
          onSort={(sort, order) => setFilters({ sort, order })}
          rowSelection={selection.rowSelection}
          onRowSelectionChange={selection.onRowSelectionChange}
          openId={openId}
          onOpen={onOpen}
          onNearEnd={loadMore}
          describedBy={hintId}
          footer={
            <InboxFooter
              loaded={rows.length}
              total={total}
              loading={isFetchingNextPage}
              failed={isFetchNextPageError}
              onRetry={() => void fetchNextPage()}
            />
          }
        />
      )}
      {bulk.closeOpen && (
        <Suspense fallback={null}>
          <CloseRequestsModal
            count={selection.selected.length}
            onCancel={bulk.cancelClose}
            onConfirm={bulk.confirmClose}
          />
        </Suspense>
      )}
    </Stack>
  );
}
