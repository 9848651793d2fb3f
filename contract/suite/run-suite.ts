import { settingsEndpoints } from '@/shared/settings/api/endpoints';
import { contractEndpoints } from '../registry';
import type { Accounts } from './accounts';
import { ContractClient, type Fetch } from './client';
import { checkEndpoint, type ValidCalls } from './endpoint-checks';
import { Fixtures, type Random } from './fixtures';
import { checkLists } from './list-checks';
import { Report } from './report';
import { checkRules } from './rule-checks';

export interface SuiteOptions {
  /** The API base URL, e.g. http://127.0.0.1:8080/api */
  baseUrl: string;
  accounts: Accounts;
  send?: Fetch;
  random?: Random;
  /** Part of every name and key the suite creates. */
  runId?: string;
  print?: (line: string) => void;
  /** The server's clock in ms; by default read from its `Date` header. */
  now?: () => number;
}

export interface SuiteResult {
  passed: number;
  failed: string[];
  summary: string;
  validCalls: ValidCalls;
}

/** How far the server's clock (its `Date` header) is ahead of this machine's. */
async function serverClockOffset(client: ContractClient): Promise<number> {
  const answer = await client.call(settingsEndpoints.get, { as: 'front_desk' });
  const serverMs = Date.parse(answer.headers.get('Date') ?? '');
  return Number.isNaN(serverMs) ? 0 : serverMs - Date.now();
}

/** The contract suite against one backend: per-endpoint checks, the lists, then the SPEC rules. */
export async function runSuite(options: SuiteOptions): Promise<SuiteResult> {
  const print = options.print ?? console.log;
  const client = new ContractClient(options.baseUrl, options.accounts, options.send);
  const report = new Report(print);
  const validCalls: ValidCalls = new Map();
  const offset = await serverClockOffset(client);
  const runId =
    options.runId ??
    Math.floor(Math.random() * 0xffff)
      .toString(16)
      .padStart(4, '0');
  const now = options.now ?? (() => Date.now() + offset);
  const fx = new Fixtures(client, runId, options.random ?? Math.random, now);

  print(`Contract suite against ${options.baseUrl} (run ${runId})`);
  for (const entry of contractEndpoints) {
    print(`${entry.id}`);
    await checkEndpoint(entry, fx, report, validCalls);
  }
  print('Lists');
  await checkLists(contractEndpoints, fx, report);
  print('Rules');
  await checkRules(fx, report, validCalls);
  return { passed: report.passed, failed: report.failed, summary: report.summary(), validCalls };
}
