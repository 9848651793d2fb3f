import { z } from 'zod';
import { auditEndpoints } from '@/features/audit/api/endpoints';
import { contactRequestEndpoints } from '@/features/contact-requests/api/endpoints';
import { followUpEndpoints } from '@/features/follow-up-calls/api/endpoints';
import { patientEndpoints } from '@/features/patients/api/endpoints';
import { seriesEndpoints } from '@/features/treatment-series/api/endpoints';
import type { Endpoint } from '@/lib/endpoint';
import { type ContractEndpoint, endpointLabel } from '../registry';
import { type Call, expect } from './client';
import type { Fixtures } from './fixtures';
import { recipes } from './recipes';
import type { Report } from './report';

const pageSchema = z.object({
  items: z.array(z.looseObject({ id: z.string() })),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
type Row = Record<string, unknown>;

function isPaged({ response }: Endpoint): boolean {
  return (
    response instanceof z.ZodObject && ['items', 'total', 'page', 'pageSize'].every((key) => key in response.shape)
  );
}

const text = (row: Row, key: string) => String(row[key] ?? '');
const collator = new Intl.Collator('en', { sensitivity: 'base' });

function inOrder(rows: Row[], compare: (a: Row, b: Row) => number, what: string): void {
  rows.slice(1).forEach((row, index) => {
    const previous = rows[index] ?? {};
    expect(
      compare(previous, row) <= 0,
      `not ${what}: ${JSON.stringify(previous.id)} comes before ${JSON.stringify(row.id)}`,
    );
  });
}

function allHave(rows: Row[], key: string, values: readonly string[]): void {
  for (const row of rows) expect(values.includes(text(row, key)), `${row.id} has ${key} ${text(row, key)}`);
}

/**
 * The call with more filters: in the body for a search (its filters hold patient data, so they
 * never go in a query string), in the query otherwise.
 */
function withFilters(endpoint: Endpoint, call: Call, filters: Record<string, string | number>): Call {
  if (!endpoint.body) {
    const query = Object.fromEntries(Object.entries(filters).map(([key, value]) => [key, String(value)]));
    return { ...call, query: { ...call.query, ...query } };
  }
  const body = typeof call.body === 'object' && call.body !== null ? call.body : {};
  return { ...call, body: { ...body, ...filters } };
}

/** A list, its query and what every page must show. */
interface ListRule {
  endpoint: Endpoint;
  rule: string;
  query: Record<string, string | number>;
  holds: (rows: Row[]) => void;
}

const listRules: ListRule[] = [
  {
    endpoint: contactRequestEndpoints.search,
    rule: 'sort=receivedAt&order=asc is oldest first',
    query: { sort: 'receivedAt', order: 'asc', pageSize: '50' },
    holds: (rows) =>
      inOrder(rows, (a, b) => Date.parse(text(a, 'receivedAt')) - Date.parse(text(b, 'receivedAt')), 'oldest first'),
  },
  {
    endpoint: contactRequestEndpoints.search,
    rule: 'sort=name&order=desc is by name, Z to A',
    query: { sort: 'name', order: 'desc', pageSize: '50' },
    holds: (rows) => inOrder(rows, (a, b) => collator.compare(text(b, 'name'), text(a, 'name')), 'by name, Z to A'),
  },
  {
    endpoint: contactRequestEndpoints.search,
    rule: 'status=new,contacting holds only those',
    query: { status: 'new,contacting', pageSize: '50' },
    holds: (rows) => allHave(rows, 'status', ['new', 'contacting']),
  },
  {
    endpoint: patientEndpoints.search,
    rule: 'is by name',
    query: { pageSize: 50 },
    holds: (rows) => inOrder(rows, (a, b) => collator.compare(text(a, 'name'), text(b, 'name')), 'by name'),
  },
  {
    endpoint: seriesEndpoints.list,
    rule: 'sort=created is newest first',
    query: { sort: 'created', pageSize: '50' },
    holds: (rows) =>
      inOrder(rows, (a, b) => Date.parse(text(b, 'createdAt')) - Date.parse(text(a, 'createdAt')), 'newest first'),
  },
  {
    endpoint: seriesEndpoints.list,
    rule: 'progress=completed holds only completed series',
    query: { progress: 'completed', pageSize: '50' },
    holds: (rows) => allHave(rows, 'progress', ['completed']),
  },
  {
    endpoint: followUpEndpoints.list,
    rule: 'status=due holds only due calls',
    query: { status: 'due', pageSize: '50' },
    holds: (rows) => allHave(rows, 'status', ['due']),
  },
  {
    endpoint: auditEndpoints.list,
    rule: 'is newest first',
    query: { pageSize: '50' },
    holds: (rows) => inOrder(rows, (a, b) => Date.parse(text(b, 'at')) - Date.parse(text(a, 'at')), 'newest first'),
  },
];

/** Every paged list: pages of 2 agree on the total, do not overlap and follow one order; then the rules above. */
export async function checkLists(entries: readonly ContractEndpoint[], fx: Fixtures, report: Report): Promise<void> {
  for (const { id, endpoint } of entries.filter((entry) => isPaged(entry.endpoint))) {
    const recipe = recipes[id];
    if (!recipe) continue;
    await report.check(
      endpointLabel(endpoint),
      'pages of 2 agree on the total and join up into one page of 4',
      async () => {
        const call = await recipe(fx);
        const page = async (number: number, size: number) =>
          pageSchema.parse(await fx.client.ok(endpoint, withFilters(endpoint, call, { page: number, pageSize: size })));
        const [first, second, both] = [await page(1, 2), await page(2, 2), await page(1, 4)];
        expect(
          first.total === second.total && second.total === both.total,
          `totals ${first.total}, ${second.total}, ${both.total}`,
        );
        expect(first.page === 1 && second.page === 2 && first.pageSize === 2, 'page and pageSize are not echoed');
        expect(first.items.length <= 2 && second.items.length <= 2, 'a page of 2 holds more than 2 items');
        expect(first.items.length === Math.min(2, first.total), `page 1 holds ${first.items.length} of ${first.total}`);
        const joined = [...first.items, ...second.items].map((item) => item.id);
        expect(new Set(joined).size === joined.length, 'pages 1 and 2 share items');
        expect(
          JSON.stringify(joined) === JSON.stringify(both.items.map((item) => item.id)),
          'pages 1 and 2 are not page 1 of 4',
        );
      },
    );
  }
  for (const rule of listRules) {
    await report.check(endpointLabel(rule.endpoint), rule.rule, async () => {
      const answer = pageSchema.parse(
        await fx.client.ok(rule.endpoint, withFilters(rule.endpoint, { as: 'admin' }, rule.query)),
      );
      expect(answer.items.length > 1, 'the list holds fewer than 2 items: nothing to compare');
      rule.holds(answer.items);
    });
  }
}
