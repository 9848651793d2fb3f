import { budgetLabel, kb, meets, printTable, verdict } from './report.ts';
import type { LoadSizes } from './sizes.ts';
import { appTarget, budgets, publicFormRoute, shellOnlyRoute } from './targets.ts';

export interface JsBudgetRow {
  route: string;
  what: string;
  /** App code of the demo build and all JS of the build without mocks, gzip KB (null: not measured). */
  demoAppKb: number | null;
  noMocksKb: number | null;
  budgetKb: number;
  pass: boolean | null;
}

const budgetedRoutes = [
  { route: publicFormRoute, what: 'the patient-facing form', budgetKb: budgets.publicFormJsKb },
  { route: shellOnlyRoute, what: 'the shell only (not-found page)', budgetKb: budgets.shellOnlyJsKb },
  { route: appTarget.path, what: 'the inbox', budgetKb: budgets.inboxJsKb },
] as const;

/** The budgeted routes' initial JS; the verdict is on the build without mocks when measured, else on the demo's app code. */
export function jsBudgets(demo: Record<string, LoadSizes>, noMocks: Record<string, LoadSizes>): JsBudgetRow[] {
  return budgetedRoutes.map(({ route, what, budgetKb }) => {
    const demoAppKb = demo[route] ? kb(demo[route].app.js) : null;
    const noMocksKb = noMocks[route] ? kb(noMocks[route].app.js + noMocks[route].mock.js) : null;
    return { route, what, demoAppKb, noMocksKb, budgetKb, pass: meets(noMocksKb ?? demoAppKb, { max: budgetKb }) };
  });
}

export function printJsBudgets(rows: readonly JsBudgetRow[]): void {
  console.log('\nInitial JS against its budget (gzip; a fresh load, unthrottled):\n');
  const size = (value: number | null) => (value === null ? '–' : `${value.toFixed(1)} KB`);
  printTable(
    ['Route', 'What', 'Demo, app code', 'No mocks, all JS', 'Budget', 'Result'],
    rows.map((row) => [
      row.route,
      row.what,
      size(row.demoAppKb),
      size(row.noMocksKb),
      budgetLabel({ max: row.budgetKb }, 'KB'),
      verdict(row.pass),
    ]),
  );
}
