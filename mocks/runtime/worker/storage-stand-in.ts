/*
 * MSW's cookie store refuses to start without `localStorage`, which workers do not have. The
 * API uses bearer tokens, never cookies, so an empty stand-in will do: the store checks for
 * `getItem` and `setItem` before using them, finds neither, and keeps cookies in memory.
 * Imported before MSW.
 */
if (!('localStorage' in globalThis)) {
  Object.defineProperty(globalThis, 'localStorage', { value: {}, configurable: true });
}
