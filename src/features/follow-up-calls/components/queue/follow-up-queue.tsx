import { Group, Loader, Pagination, Stack, Tabs, Text, Title } from '@mantine/core';
import { useCallback, useId, useMemo } from 'react';
import { useLocation, useMatch, useNavigate } from 'react-router';
import { ListEmpty, ListLoading } from '@/components/list-states';
import { QueryError } from '@/components/query-error';
import { paths } from '@/config/paths';
import { useServerNow } from '@/features/contact-requests/hooks/use-server-now';
import { useSettings } from '@/shared/settings/api/get-settings';
import { useStaff } from '@/shared/staff/api/get-staff';
import { useFollowUpCounts } from '../../api/get-follow-up-counts';
import { useFollowUps } from '../../api/get-follow-ups';
import { type FollowUpBucket, type FollowUpCounts, type FollowUpRow, followUpBuckets } from '../../schemas';
import type { QueueTableMeta } from './queue-columns';
import { QueueFilters } from './queue-filters';
import { QueueTable } from './queue-table';
import { isFilteredView, queuePageSize, toFilterQuery, toQueueQuery, useQueueFilters } from './use-queue-filters';

const noRows: FollowUpRow[] = [];
const bucketLabels: Record<FollowUpBucket, string> = {
  overdue: 'Overdue',
  today: 'Today',
  upcoming: 'Upcoming',
  done_recently: 'Done recently',
};
const countKeys: Record<FollowUpBucket, keyof FollowUpCounts> = {
  overdue: 'overdue',
  today: 'today',
  upcoming: 'upcoming',
  done_recently: 'doneRecently',
};
const emptyMessages: Record<FollowUpBucket, string> = {
  overdue: 'Nothing overdue',
  today: 'No calls due today',
  upcoming: 'No calls in the next 7 days',
  done_recently: 'No calls done in the last 7 days',
};

/** The follow-up call queue: buckets in clinic time with counts, filtered and paged by the server. */
export function FollowUpQueue() {
  const settings = useSettings();
  const staff = useStaff();
  const { filters, setFilters } = useQueueFilters();
  const result = useFollowUps(toQueueQuery(filters));
  const counts = useFollowUpCounts(toFilterQuery(filters)).data;
  const { data } = result;
  const rows = data?.items ?? noRows;
  const total = data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / queuePageSize));

  const now = useServerNow();
  const { search } = useLocation();
  const navigate = useNavigate();
  const openId = useMatch(`${paths.followUps}/:id`)?.params.id;
  const staffNames = useMemo(() => new Map(staff.map((member) => [member.id, member.name])), [staff]);
  const meta = useMemo<QueueTableMeta>(
    () => ({ timeZone: settings.timeZone, now, staffNames, search }),
    [settings.timeZone, now, staffNames, search],
  );
  const onOpen = useCallback(
    (id: string) => void navigate({ pathname: paths.followUp(id), search }),
    [navigate, search],
  );
  const filtered = isFilteredView(filters);
  const resetFilters = useCallback(() => setFilters({ reasons: [], assignee: null }), [setFilters]);
  const hintId = useId();

  const body = result.isPending ? (
    <ListLoading label="Loading calls" />
  ) : result.isError && !data ? (
    <QueryError
      error={result.error}
      title="The calls could not be loaded"
      reassurance="Your filters are kept."
      onRetry={() => void result.refetch()}
      retrying={result.isFetching}
    />
  ) : rows.length === 0 ? (
    <ListEmpty
      message={emptyMessages[filters.bucket]}
      hint={filtered ? 'Other reasons or assignees may have calls.' : 'Calls appear as visits are completed or missed.'}
      reset={filtered ? { label: 'Show every call', onReset: resetFilters } : undefined}
    />
  ) : (
    <>
      <QueueTable
        rows={rows}
        meta={meta}
        caption={`${bucketLabels[filters.bucket]} calls, page ${data?.page ?? filters.page} of ${pages}`}
        describedBy={hintId}
        openId={openId}
        onOpen={onOpen}
      />
      <nav aria-label="Pages of calls">
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
  );

  return (
    <Stack gap="md">
      <Group justify="space-between" align="baseline">
        <Title order={2}>Follow-ups</Title>
        <Group gap="xs">
          {result.isFetching && data && <Loader size="xs" aria-label="Updating the list" />}
          <Text size="sm" c="dimmed" role="status">
            {data ? `${total} call${total === 1 ? '' : 's'} in this view` : ''}
          </Text>
        </Group>
      </Group>
      <QueueFilters
        reasons={filters.reasons}
        assignee={filters.assignee}
        onChange={setFilters}
        staff={staff}
        onReset={filtered ? resetFilters : null}
      />
      <Text id={hintId} size="xs" c="dimmed">
        Arrow keys or j and k move between calls; Enter opens one. Due times are in clinic time.
      </Text>
      <Tabs
        value={filters.bucket}
        onChange={(value) => {
          const bucket = followUpBuckets.find((candidate) => candidate === value);
          if (bucket) setFilters({ bucket });
        }}
      >
        <Tabs.List>
          {followUpBuckets.map((bucket) => (
            <Tabs.Tab key={bucket} value={bucket}>
              {bucketLabels[bucket]}
              {counts ? ` (${counts[countKeys[bucket]]})` : ''}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {followUpBuckets.map((bucket) => (
          <Tabs.Panel key={bucket} value={bucket} pt="sm">
            {bucket === filters.bucket && body}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
