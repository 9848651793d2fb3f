import { type Problem, type ProblemType, problemTypes } from '@/lib/problem';

type ProblemExtras = Pick<
  Problem,
  'errors' | 'current' | 'clashes' | 'blocks' | 'nextFreeSlots' | 'sessionIndex' | 'takenSessionIndexes'
>;

/** Thrown by handlers; `route` turns it into an `application/problem+json` response. */
export class ProblemError extends Error {
  readonly problem: Problem;

  constructor(status: number, type: ProblemType, title: string, detail?: string, extra: ProblemExtras = {}) {
    super(detail ?? title);
    this.name = 'ProblemError';
    this.problem = { type: problemTypes[type], title, status, ...(detail === undefined ? {} : { detail }), ...extra };
  }
}

export const notFound = (what: string, id: string) =>
  new ProblemError(404, 'notFound', `${what} not found`, `There is no ${what.toLowerCase()} with id "${id}".`);

export const forbidden = (detail: string) =>
  new ProblemError(403, 'forbidden', 'You do not have permission to do this', detail);

export const invalidTransition = (detail: string) =>
  new ProblemError(409, 'invalidTransition', 'This change is not possible in the current state', detail);

export const validationProblem = (errors: Record<string, string[]>, detail = 'Some fields need attention.') =>
  new ProblemError(422, 'validation', 'The submitted data is not valid', detail, { errors });

export const staleVersion = (what: string, current: unknown) =>
  new ProblemError(
    409,
    'staleVersion',
    'Someone else changed this record',
    `This ${what} was changed by someone else after you opened it. Review the newer version and save again.`,
    { current },
  );
