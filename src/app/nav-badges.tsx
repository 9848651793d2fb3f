import type { ReactNode } from 'react';

/** Counts shown beside navigation labels, keyed by path. */
export function useNavBadges(): Partial<Record<string, ReactNode>> {
  return {};
}
