import { Chip, Fieldset, Group, Text } from '@mantine/core';
import { useInfiniteQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { requestsQuery, type Status, settingsQuery, staffQuery, statuses } from './api';
import type { CellMeta } from './cells';
import classes from './floor.module.css';
import { FloorTable } from './floor-table';
import { paramsOf, statusesOf, viewOf } from './view';

const statusLabels: Record<Status, string> = {
  new: 'New',
  contacting: 'Contacting',
  booked: 'Booked',
  not_candidate: 'Not a candidate',
  closed: 'Closed',
};

/** The inbox's first screen and nothing around it: the Status chips, the count, the table. */
export function FloorPage() {
  const settings = useSuspenseQuery(settingsQuery).data;
  const staff = useSuspenseQuery(staffQuery).data;
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => viewOf(params), [params]);
  const { data, hasNextPage, isFetchingNextPage, fetchNextPage } = useInfiniteQuery(requestsQuery(view));
  const rows = useMemo(() => data?.pages.flatMap((page) => page.items) ?? [], [data]);
  const total = data?.pages[0]?.total ?? 0;
  const meta = useMemo<CellMeta>(
    () => ({ settings, now: Date.now(), staffNames: new Map(staff.map((member) => [member.id, member.name])) }),
    [settings, staff],
  );
  const change = (next: Partial<typeof view>) => setParams(paramsOf({ ...view, ...next }), { replace: true });
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  return (
    <main className={classes.page}>
      <Group justify="space-between" align="flex-end">
        <Fieldset legend="Status" variant="unstyled">
          <Chip.Group multiple value={statusesOf(view)} onChange={(value) => change({ status: value.join(',') })}>
            <Group gap={6}>
              {statuses.map((status) => (
                <Chip key={status} value={status} size="xs">
                  {statusLabels[status]}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Fieldset>
        <Text size="sm" c="dimmed" role="status">
          {data ? `${total} requests in this view` : ''}
        </Text>
      </Group>
      {data && (
        <FloorTable
          rows={rows}
          total={total}
          meta={meta}
          view={view}
          onSort={(sort, order) => change({ sort, order })}
          onNearEnd={loadMore}
        />
      )}
    </main>
  );
}
