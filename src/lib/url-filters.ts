import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';

/**
 * How a list view's filters read from and write to the URL's search params. Only filters
 * without patient data belong here: names, phones and emails never go into a URL.
 */
export interface UrlFilters<T> {
  parse: (params: URLSearchParams) => T;
  /** Only what differs from the default view, so the default view has a clean URL. */
  toParams: (filters: T) => URLSearchParams;
  /** How a change combines with the current filters (e.g. a new filter goes back to page 1). */
  merge?: (current: T, change: Partial<T>) => T;
  /** `replace` for views whose every change should not fill the Back button's history. */
  history?: 'push' | 'replace';
}

const noItems: readonly never[] = [];
const parsedLists = new Map<string, readonly string[]>();

/**
 * A comma-separated list param, keeping only allowed values. The same text always gives the
 * same array, so a change elsewhere in the URL leaves memoized controls showing it untouched.
 */
export function csvParam<T extends string>(value: string | null, allowed: readonly T[]): readonly T[] {
  if (!value) return noItems;
  const parsed = value.split(',').filter((item) => (allowed as readonly string[]).includes(item));
  const key = parsed.join();
  let items = parsedLists.get(key);
  if (!items) {
    items = Object.freeze(parsed);
    parsedLists.set(key, items);
  }
  return items as readonly T[];
}

/** A whole page number from the URL, 1 when absent or invalid. */
export function pageParam(value: string | null): number {
  const page = Number.parseInt(value ?? '', 10);
  return Number.isInteger(page) && page > 1 ? page : 1;
}

/**
 * A list view's filters, kept in the URL so a view can be shared and survives a reload.
 * Navigations render in a transition, so a second change can come before the first one shows:
 * each change builds on the last one asked for, not on the URL on screen. The setters keep
 * their identity across URL changes, so memoized controls skip re-rendering.
 */
export function useUrlFilters<T>(definition: UrlFilters<T>) {
  const { parse, toParams, merge, history = 'push' } = definition;
  const { search } = useLocation();
  const navigate = useNavigate();
  const filters = useMemo(() => parse(new URLSearchParams(search)), [parse, search]);
  // The changes asked for and not shown yet, oldest first.
  const requested = useRef<string[]>([]);
  const shownSearch = useRef(search);
  useLayoutEffect(() => {
    shownSearch.current = search;
    const queue = requested.current;
    const shown = queue.indexOf(search);
    // A navigation not made here (a link, Back) replaces the queue.
    requested.current = shown >= 0 ? queue.slice(shown + 1) : [];
  }, [search]);
  const latest = useCallback(() => new URLSearchParams(requested.current.at(-1) ?? shownSearch.current), []);

  const go = useCallback(
    (params: URLSearchParams) => {
      const next = params.size > 0 ? `?${params}` : '';
      requested.current = [...requested.current, next];
      void navigate({ search: next }, { replace: history === 'replace' });
    },
    [navigate, history],
  );
  const setFilters = useCallback(
    (change: Partial<T>) => {
      const current = parse(latest());
      go(toParams(merge ? merge(current, change) : { ...current, ...change }));
    },
    [go, latest, parse, toParams, merge],
  );
  const resetFilters = useCallback(() => go(new URLSearchParams()), [go]);
  return { filters, setFilters, resetFilters };
}
