import { describe, expect, it } from 'vitest';
import { seriesProgressStatuses } from '@/features/treatment-series/schemas';
import { seriesStates } from '../search-schemas';

describe("the patients list's series states", () => {
  it('are the series progress values (patients may not import treatment-series, so they are listed twice)', () => {
    expect([...seriesStates]).toEqual([...seriesProgressStatuses]);
  });
});
