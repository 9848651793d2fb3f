import type { z } from 'zod';
import { bodyKeys } from '@/lib/endpoint-traits';

const wrongValue = { contract: 'not a valid value' };
const wrongQueryValues = ['0', 'not-valid-%', ''];

export interface BadInput<T> {
  input: T;
  /** The field paths the contract's own schema reports for it. */
  fields: string[];
}

const fieldPaths = (error: z.ZodError) => error.issues.map((issue) => issue.path.map(String).join('.') || '_form');

/** The valid body with one field of the wrong type, checked against the contract's schema. */
export function badBody(schema: z.ZodType, valid: unknown): BadInput<unknown> | null {
  const base = typeof valid === 'object' && valid !== null ? valid : {};
  for (const key of bodyKeys(schema)) {
    const input = { ...base, [key]: wrongValue };
    const result = schema.safeParse(input);
    if (!result.success) return { input, fields: fieldPaths(result.error) };
  }
  const result = schema.safeParse('not an object');
  return result.success ? null : { input: 'not an object', fields: fieldPaths(result.error) };
}

/** The valid query with one parameter the contract's schema refuses. */
export function badQuery(schema: z.ZodType, valid: Record<string, string>): BadInput<Record<string, string>> | null {
  for (const key of bodyKeys(schema)) {
    for (const value of wrongQueryValues) {
      const input = { ...valid, [key]: value };
      const result = schema.safeParse(input);
      if (!result.success) return { input, fields: fieldPaths(result.error) };
    }
  }
  return null;
}
