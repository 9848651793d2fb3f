import type { MockState } from '../control';

/** The dev panel's commands, run by the mock backend's worker (see `control.ts`). */
export type ControlCommand =
  | 'setScenario'
  | 'resetData'
  | 'setLatency'
  | 'setFailureRate'
  | 'failNext'
  | 'setClockTo'
  | 'advanceClock'
  | 'simulateIncomingRequest';

export interface SerializedRequest {
  method: string;
  url: string;
  headers: [string, string][];
  body: string | null;
}

/** `network-error` is a failed fetch (offline); `unhandled` means no mock route matched. */
export type SerializedResponse =
  | { kind: 'response'; status: number; statusText: string; headers: [string, string][]; body: string }
  | { kind: 'network-error' }
  | { kind: 'unhandled' };

export type PageCommand =
  | { type: 'start' }
  | { type: 'fetch'; id: number; request: SerializedRequest }
  | { type: 'abort'; id: number }
  | { type: 'control'; id: number; command: ControlCommand; args: unknown[] }
  /** The page is going away: write any pending change now. */
  | { type: 'flush' };

/** Every message carries the page's clock (`Date.now()`): the mock's real time follows it. */
export type PageMessage = PageCommand & { pageNow: number };

export type WorkerMessage =
  | { type: 'ready'; state: MockState }
  | { type: 'state'; state: MockState }
  | { type: 'response'; id: number; response: SerializedResponse }
  | { type: 'control-done'; id: number; error: string | null };
