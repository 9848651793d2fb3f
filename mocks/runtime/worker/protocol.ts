import type { controlCommands, MockState } from '../control';

type ControlCommands = typeof controlCommands;
export type ControlCommand = keyof ControlCommands;
export type ControlArgs<K extends ControlCommand> = Parameters<ControlCommands[K]>;

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
  | { [K in ControlCommand]: { type: 'control'; id: number; command: K; args: ControlArgs<K> } }[ControlCommand];

/** Every message carries the page's clock (`Date.now()`): the mock's real time follows it. */
export type PageMessage = PageCommand & { pageNow: number };

export type WorkerMessage =
  | { type: 'ready'; state: MockState }
  | { type: 'state'; state: MockState }
  | { type: 'response'; id: number; response: SerializedResponse }
  | { type: 'control-done'; id: number; error: string | null };
