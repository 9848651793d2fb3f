import { QueryClient, QueryClientProvider, useInfiniteQuery } from '@tanstack/react-query';
import {
  createColumnHelper,
  FlexRender,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type ComponentType, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, Link, RouterProvider, useSearchParams } from 'react-router';

/*
 * A page that uses each runtime library of the fixed stack once, the way the inbox does, and holds
 * no app code: the least JS any inbox built on this stack can load.
 */

type Item = { id: string; name: string };

const features = tableFeatures({ rowSelectionFeature, rowSortingFeature });
const helper = createColumnHelper<typeof features, Item>();
const columns = helper.columns([helper.accessor('name', { header: 'Name' })]);

/** A virtualized, sortable table of server-paged rows: what the inbox is built from. */
export function Rows() {
  const [params] = useSearchParams();
  const list = useInfiniteQuery({
    queryKey: ['items', params.get('sort')],
    queryFn: async ({ pageParam }) => [{ id: String(pageParam), name: `Item ${pageParam}` }],
    initialPageParam: 1,
    getNextPageParam: (_last, pages) => pages.length + 1,
  });
  const table = useTable({ features, columns, data: list.data?.pages.flat() ?? [], manualSorting: true });
  const scroller = useRef<HTMLDivElement>(null);
  const rows = table.getRowModel().rows;
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 40,
  });
  return (
    <div ref={scroller}>
      <Link to="?sort=name">Sort</Link>
      <table>
        <tbody>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            return row ? (
              <tr key={row.id}>
                {row.getAllCells().map((cell) => (
                  <td key={cell.id}>
                    <FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ) : null;
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Renders `Page` (the rows, inside whatever else it adds) under the router and the query client. */
export function renderFloorPage(Page: ComponentType): void {
  const router = createBrowserRouter([{ path: '*', Component: Page }]);
  const root = document.getElementById('root');
  if (!root) throw new Error('No #root element');
  createRoot(root).render(
    <QueryClientProvider client={new QueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}
