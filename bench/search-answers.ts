import { canonical, inboxSearches, type SearchKey, searchPath } from './growth.ts';
import type { NodeApiBackend } from './no-mocks.ts';
import { median } from './report.ts';

/** The Node backend's time (ms) to answer each of the inbox's three searches during one run. */
export type SearchAnswers = Record<SearchKey, number>;

/**
 * Runs `measure` while recording the backend's answers to the inbox's searches (first page,
 * sorted by name, "Closed" added). Throws if the page did not send one of them: then it did not
 * do the inbox's work.
 */
export async function withSearchAnswers<T>(
  backend: NodeApiBackend,
  what: string,
  measure: () => Promise<T>,
): Promise<{ result: T; answers: SearchAnswers }> {
  const sent: { body: Promise<string>; answeredInMs: number }[] = [];
  const stop = backend.observe((request, answeredInMs) => {
    if (new URL(request.url).pathname === searchPath) sent.push({ body: request.text(), answeredInMs });
  });
  let result: T;
  try {
    result = await measure();
  } finally {
    stop();
  }
  const bodies = await Promise.all(sent.map(async (search) => canonical(JSON.parse(await search.body))));
  const answerTo = (key: SearchKey) => {
    const answer = sent[bodies.indexOf(canonical(inboxSearches[key]))];
    if (!answer) throw new Error(`${what} did not send ${JSON.stringify(inboxSearches[key])}; it sent ${bodies}`);
    return answer.answeredInMs;
  };
  return { result, answers: eachSearch(answerTo) };
}

const eachSearch = (value: (key: SearchKey) => number): SearchAnswers => ({
  firstPageMs: value('firstPageMs'),
  sortedMs: value('sortedMs'),
  filteredMs: value('filteredMs'),
});

export const medianAnswers = (runs: readonly SearchAnswers[]): SearchAnswers =>
  eachSearch((key) => median(runs.map((run) => run[key])));
