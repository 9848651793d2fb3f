import { type Problem, type ProblemType, problemSchema, problemTypes } from '@/lib/problem';
import { type Answer, describeAnswer, expect } from './client';

/** The answer is problem details with this status and type; returns them. */
export function expectProblem(answer: Answer, status: number, type: ProblemType): Problem {
  expect(answer.status === status, `expected ${status} ${type}, got ${describeAnswer(answer)}`);
  const contentType = answer.headers.get('Content-Type') ?? '';
  expect(contentType.includes('application/problem+json'), `expected application/problem+json, got "${contentType}"`);
  const parsed = problemSchema.safeParse(answer.body);
  expect(parsed.success, `the ${status} answer is not problem details: ${parsed.error?.message}`);
  expect(parsed.data.type === problemTypes[type], `expected type ${problemTypes[type]}, got ${parsed.data.type}`);
  return parsed.data;
}

export function expectStatus(answer: Answer, statuses: readonly number[]): void {
  expect(statuses.includes(answer.status), `expected ${statuses.join(' or ')}, got ${describeAnswer(answer)}`);
}
