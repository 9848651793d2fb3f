import type { Result } from 'lighthouse';
import { median } from './report.ts';
import { budgets } from './targets.ts';

export type FormFactor = 'mobile' | 'desktop';

/** One page in one form factor. */
export interface LighthouseAudit {
  path: string;
  formFactor: FormFactor;
  /** Signs in on the page Lighthouse then audits (the token lives in that tab's sessionStorage). */
  signedIn: boolean;
}

/** The metrics of the performance score, by their audit id in the LHR. */
export const lighthouseMetrics = {
  lcpMs: 'largest-contentful-paint',
  fcpMs: 'first-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  siMs: 'speed-index',
} as const;
type MetricKey = keyof typeof lighthouseMetrics;

export interface LighthouseSummary extends LighthouseAudit {
  lighthouseVersion: string;
  /** Performance score, 0–100, of each run. */
  scores: number[];
  /** Medians of the runs. */
  median: { score: number } & Record<MetricKey, number>;
  minScore: number;
  pass: boolean;
  /** From the run with the median score: the points each metric lost (weight × (1 − score)). */
  lostPoints: { audit: string; points: number; value: string }[];
  /** From the same run: audits that estimate savings (ms of a metric, or CLS), largest first. */
  opportunities: { audit: string; savings: Partial<Record<string, number>> }[];
  /** From the same run: the LCP element's CSS selector, and its phases (TTFB, Load Delay, Load Time, Render Delay) in ms. */
  lcpElement: string | null;
  lcpPhases: Record<string, number>;
}

export const scoreBudget = (formFactor: FormFactor) =>
  formFactor === 'mobile' ? budgets.lighthouseMobileScore : budgets.lighthouseDesktopScore;

const performanceScore = (lhr: Result) => Math.round((lhr.categories.performance?.score ?? Number.NaN) * 100);

function lostPoints(lhr: Result): LighthouseSummary['lostPoints'] {
  const refs = lhr.categories.performance?.auditRefs.filter((ref) => ref.weight > 0) ?? [];
  const totalWeight = refs.reduce((sum, ref) => sum + ref.weight, 0);
  return refs
    .map((ref) => {
      const audit = lhr.audits[ref.id];
      const points = (ref.weight * (1 - (audit?.score ?? 0)) * 100) / totalWeight;
      return { audit: ref.id, points: Math.round(points * 10) / 10, value: audit?.displayValue ?? '' };
    })
    .filter((entry) => entry.points > 0)
    .sort((a, b) => b.points - a.points);
}

function opportunities(lhr: Result): LighthouseSummary['opportunities'] {
  const biggest = (savings: Partial<Record<string, number>>) =>
    Math.max(0, ...Object.entries(savings).map(([metric, value]) => (metric === 'CLS' ? 0 : (value ?? 0))));
  return Object.values(lhr.audits)
    .filter((audit) => audit.score !== null && audit.score < 1 && audit.metricSavings)
    .map((audit) => ({
      audit: audit.id,
      savings: Object.fromEntries(Object.entries(audit.metricSavings ?? {}).filter(([, value]) => (value ?? 0) > 0)),
    }))
    .filter((entry) => Object.keys(entry.savings).length > 0)
    .sort((a, b) => biggest(b.savings) - biggest(a.savings));
}

/** The `largest-contentful-paint-element` audit's two tables: the element, then its phases. */
function lcpBreakdown(lhr: Result): Pick<LighthouseSummary, 'lcpElement' | 'lcpPhases'> {
  const json = JSON.stringify(lhr.audits['largest-contentful-paint-element']?.details ?? null);
  const lcpPhases: Record<string, number> = {};
  for (const [, phase, timing] of json.matchAll(/\{"phase":"([^"]+)","timing":([\d.]+)/g)) {
    if (phase && timing) lcpPhases[phase] = Math.round(Number(timing));
  }
  return { lcpElement: /"selector":"([^"]*)"/.exec(json)?.[1] ?? null, lcpPhases };
}

export function summarizeLighthouse(audit: LighthouseAudit, lhrs: readonly Result[]): LighthouseSummary {
  const scores = lhrs.map(performanceScore);
  const metric = (id: string) => median(lhrs.map((lhr) => lhr.audits[id]?.numericValue ?? Number.NaN));
  const medianScore = median(scores);
  const byDistance = [...lhrs].sort(
    (a, b) => Math.abs(performanceScore(a) - medianScore) - Math.abs(performanceScore(b) - medianScore),
  );
  const representative = byDistance[0];
  if (!representative) throw new Error(`No Lighthouse run for ${audit.path} (${audit.formFactor})`);
  const minScore = scoreBudget(audit.formFactor);
  return {
    ...audit,
    lighthouseVersion: representative.lighthouseVersion,
    scores,
    median: {
      score: medianScore,
      lcpMs: metric(lighthouseMetrics.lcpMs),
      fcpMs: metric(lighthouseMetrics.fcpMs),
      tbtMs: metric(lighthouseMetrics.tbtMs),
      cls: metric(lighthouseMetrics.cls),
      siMs: metric(lighthouseMetrics.siMs),
    },
    minScore,
    pass: medianScore >= minScore,
    lostPoints: lostPoints(representative),
    opportunities: opportunities(representative),
    ...lcpBreakdown(representative),
  };
}
