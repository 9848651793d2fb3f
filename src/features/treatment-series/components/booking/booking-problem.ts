import { isApiError } from '@/lib/api-error';
import type { BookSeriesInput, Clash } from '../../schemas';

/** A session the server found taken, at the time that was submitted. */
export type TakenSession = { number: number; start: string };

/** Why the server did not book the series, in the terms the form shows it. */
export type BookingProblem =
  | {
      kind: 'conflict';
      number: number;
      detail: string;
      clashes: Clash[];
      nextFreeSlots: string[];
      /** Every session the server refused, not only the first. */
      taken: TakenSession[];
    }
  | { kind: 'invalid'; detail: string; bySession: Record<number, string[]>; other: string[] }
  | { kind: 'network'; title: string; detail: string }
  | { kind: 'other'; title: string; detail: string };

const sessionField = /^sessions\.(\d+)\.start$/;

export function bookingProblem(error: unknown, submitted?: Pick<BookSeriesInput, 'sessions'>): BookingProblem | null {
  if (!error) return null;
  if (!isApiError(error)) {
    return { kind: 'other', title: 'The series was not booked', detail: error instanceof Error ? error.message : '' };
  }
  const { problem } = error;
  const detail = problem.detail ?? error.message;
  if (error.isNetwork) return { kind: 'network', title: problem.title, detail };
  if (error.isScheduleConflict) {
    const indexes = problem.takenSessionIndexes ?? [problem.sessionIndex ?? 0];
    const taken = indexes.flatMap((index) => {
      const start = submitted?.sessions[index]?.start;
      return start ? [{ number: index + 1, start }] : [];
    });
    return {
      kind: 'conflict',
      taken,
      number: (problem.sessionIndex ?? 0) + 1,
      detail,
      clashes: problem.clashes ?? [],
      nextFreeSlots: problem.nextFreeSlots ?? [],
    };
  }
  if (error.status === 422) {
    const bySession: Record<number, string[]> = {};
    const other: string[] = [];
    for (const [field, messages] of Object.entries(error.fieldErrors)) {
      const match = sessionField.exec(field);
      if (match) bySession[Number(match[1]) + 1] = messages;
      else other.push(...messages);
    }
    return { kind: 'invalid', detail, bySession, other };
  }
  return { kind: 'other', title: problem.title, detail };
}
