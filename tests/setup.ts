import '@testing-library/jest-dom/vitest';
import { cleanNotifications } from '@mantine/notifications';
import { seed } from '@mocks/data/scenarios';
import { clock } from '@mocks/runtime/clock';
import { resetNetwork } from '@mocks/runtime/network';
import { server } from '@mocks/runtime/node';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { forgetSession } from '@/lib/auth-token';
import { fixedNow } from './fixtures';

// Lazy routes load on first use; a busy two-core machine needs more than the default second.
configure({ asyncUtilTimeout: 5000 });

// jsdom lacks what Mantine measures and listens to.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener: () => {},
    removeEventListener: () => {},
    addListener: () => {},
    removeListener: () => {},
    dispatchEvent: () => false,
  }),
});
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver = ResizeObserverStub;
window.HTMLElement.prototype.scrollIntoView = () => {};
window.HTMLElement.prototype.scrollTo = () => {};
window.scrollTo = () => {};

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));

beforeEach(() => {
  clock.setNow(fixedNow);
  resetNetwork();
  seed('typical');
  // A test that logs an error has a problem it did not assert on.
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error was called: ${args.map(String).join(' ')}`);
  });
});

afterEach(() => {
  cleanup();
  cleanNotifications();
  server.resetHandlers();
  forgetSession();
  sessionStorage.clear();
  vi.restoreAllMocks();
});

afterAll(() => server.close());
