import type { Problem } from './problem';

/** Every failed API call becomes one of these: an HTTP problem, a network failure or a timeout. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }

  get fieldErrors(): Record<string, string[]> {
    return this.problem.errors ?? {};
  }

  get isStaleVersion(): boolean {
    return this.status === 409 && this.problem.type.endsWith('/stale-version');
  }

  get isScheduleConflict(): boolean {
    return this.status === 409 && this.problem.type.endsWith('/schedule-conflict');
  }

  /** Status 0: the request never got an answer. */
  get isNetwork(): boolean {
    return this.status === 0;
  }
}

/**
 * A response that does not match the contract: a bug on one side. The message is for staff;
 * `technical` names the endpoint and the field for whoever fixes it.
 */
export class ContractError extends Error {
  readonly technical: string;

  constructor(endpointLabel: string, issues: { path: PropertyKey[]; message: string }[]) {
    super(
      "The server's answer could not be read, so nothing new is shown. Try again; if it keeps happening, tell whoever looks after the clinic's systems.",
    );
    const first = issues[0];
    const where = first && first.path.length > 0 ? first.path.map(String).join('.') : '(root)';
    this.name = 'ContractError';
    this.technical = `Unexpected response from ${endpointLabel}: ${where}: ${first?.message ?? 'invalid'}`;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return 'Something went wrong';
}
