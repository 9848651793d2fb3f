import { accountsFrom } from './accounts';
import { runSuite } from './run-suite';

/** Runs the suite against `baseUrl` with the accounts from the environment; the number of failed checks. */
export async function main(baseUrl: string, env: Record<string, string | undefined>): Promise<number> {
  const result = await runSuite({ baseUrl, accounts: accountsFrom(env) });
  if (result.failed.length > 0) {
    console.log('\nFailed:');
    for (const failure of result.failed) console.log(`  ✗ ${failure}`);
  }
  console.log(result.summary);
  return result.failed.length;
}
