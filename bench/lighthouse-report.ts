import type { LighthouseSummary } from './lighthouse-summary.ts';
import { format, printTable, verdict } from './report.ts';

const savingsLabel = (savings: Partial<Record<string, number>>) =>
  Object.entries(savings)
    .map(([metric, value]) =>
      metric === 'CLS' ? `CLS ${value?.toFixed(3)}` : `${metric} ${format(value ?? null, 'ms')}`,
    )
    .join(', ');

/** Where a missed score loses its points: the metrics, then the audits that estimate savings. */
function printMiss(summary: LighthouseSummary): void {
  console.log(`\n${summary.formFactor} ${summary.path}: ${summary.median.score} < ${summary.minScore}. Points lost:`);
  for (const lost of summary.lostPoints) console.log(`  ${lost.audit}: −${lost.points} (${lost.value})`);
  const phases = Object.entries(summary.lcpPhases).map(([phase, ms]) => `${phase} ${ms} ms`);
  if (summary.lcpElement) console.log(`  LCP element: ${summary.lcpElement} (${phases.join(', ')})`);
  for (const opportunity of summary.opportunities.slice(0, 6)) {
    console.log(`  opportunity ${opportunity.audit}: ${savingsLabel(opportunity.savings)}`);
  }
}

export function printLighthouse(summaries: readonly LighthouseSummary[], runs: number): void {
  const version = summaries[0]?.lighthouseVersion ?? '';
  console.log(`\nLighthouse ${version} performance, build without mocks (median of ${runs}; simulated throttling):\n`);
  printTable(
    ['Form factor', 'Page', 'Score', 'Runs', 'LCP', 'FCP', 'TBT', 'CLS', 'SI', 'Budget', 'Result'],
    summaries.map((summary) => [
      summary.formFactor,
      summary.path,
      String(summary.median.score),
      summary.scores.join(' '),
      format(summary.median.lcpMs, 'ms'),
      format(summary.median.fcpMs, 'ms'),
      format(summary.median.tbtMs, 'ms'),
      summary.median.cls.toFixed(3),
      format(summary.median.siMs, 'ms'),
      `≥ ${summary.minScore}`,
      verdict(summary.pass),
    ]),
  );
  for (const summary of summaries) if (!summary.pass) printMiss(summary);
}
