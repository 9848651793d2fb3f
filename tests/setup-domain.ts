import { afterEach, beforeEach, vi } from 'vitest';

// Pure domain rules need no DOM and no mock backend: only the rule that a test logging an error
// has a problem it did not assert on.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error was called: ${args.map(String).join(' ')}`);
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});
