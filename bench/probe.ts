/**
 * In-page instrumentation, installed with `page.addInitScript` before any page script runs.
 * It must be self-contained: Playwright sends the function's source text to the page.
 * Times are `performance.now()` values, i.e. milliseconds since navigation start
 * (`performance.timeOrigin`); event `timeStamp`s share that time base.
 */

export interface RowChange {
  /** When the MutationObserver saw the new rows (right after the DOM commit). */
  dom: number;
  /** After the next frame was painted (rAF, then a task once that frame is done). */
  paint: number | null;
}

export interface ProbeState {
  firstRow: RowChange | null;
  firstContentfulPaint: number | null;
  /** When the mock worker said it was ready (`[mocks] …` on console.info): the mock start-up inside "first rows". */
  mocksReady: number | null;
  /** `timeStamp` of the last pointerdown since `arm()`. */
  pointerDown: number | null;
  watch: { before: string; changes: RowChange[] } | null;
}

export interface Settled {
  pointerDown: number | null;
  changes: RowChange[];
}

export interface BenchProbe {
  state: ProbeState;
  /** Starts watching the rows: every change of their text after this is recorded. */
  arm: () => true;
  /** Resolves once the first data row has been painted. */
  firstRowPainted: () => Promise<RowChange>;
  /** Resolves once the rows changed after `arm()` and then stayed the same for `quietMs` (or at `timeoutMs`). */
  settled: (quietMs: number, timeoutMs: number) => Promise<Settled>;
  rowCount: () => number;
}

declare global {
  interface Window {
    __bench?: BenchProbe;
  }
}

export function installProbe(rowSelector: string): void {
  const state: ProbeState = {
    firstRow: null,
    firstContentfulPaint: null,
    mocksReady: null,
    pointerDown: null,
    watch: null,
  };
  const info = console.info.bind(console);
  console.info = (...args: unknown[]) => {
    if (state.mocksReady === null && String(args[0]).startsWith('[mocks]')) state.mocksReady = performance.now();
    info(...args);
  };
  const afterPaint = (change: RowChange) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        change.paint = performance.now();
      };
      channel.port2.postMessage(null);
    });
  };
  // Rows are told apart by the record they link to (so a waiting time ticking over is no change),
  // else by their textContent (not innerText: that forces layout and would change what is measured).
  const rowSignature = () => {
    const rows = document.querySelectorAll(rowSelector);
    let signature = String(rows.length);
    for (const row of rows) {
      const record = row.querySelector('a[href]')?.getAttribute('href')?.split('?')[0];
      signature += `\u0001${record ?? row.textContent}`;
    }
    return signature;
  };
  new MutationObserver(() => {
    if (state.firstRow === null && document.querySelector(rowSelector)) {
      state.firstRow = { dom: performance.now(), paint: null };
      afterPaint(state.firstRow);
    }
    const watch = state.watch;
    if (watch) {
      const signature = rowSignature();
      if (signature !== watch.before) {
        watch.before = signature;
        const change: RowChange = { dom: performance.now(), paint: null };
        watch.changes.push(change);
        afterPaint(change);
      }
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'first-contentful-paint') state.firstContentfulPaint = entry.startTime;
    }
  }).observe({ type: 'paint', buffered: true });
  addEventListener(
    'pointerdown',
    (event) => {
      state.pointerDown = event.timeStamp;
    },
    true,
  );
  const poll = <T>(check: () => T | null, timeoutMs: number, onTimeout: () => T) =>
    new Promise<T>((resolve, reject) => {
      const startedAt = performance.now();
      const tick = () => {
        try {
          const value = check();
          if (value !== null) resolve(value);
          else if (performance.now() - startedAt > timeoutMs) resolve(onTimeout());
          else setTimeout(tick, 50);
        } catch (error) {
          reject(error);
        }
      };
      tick();
    });
  window.__bench = {
    state,
    arm: () => {
      state.pointerDown = null;
      state.watch = { before: rowSignature(), changes: [] };
      return true;
    },
    firstRowPainted: () =>
      poll(
        () => (state.firstRow?.paint != null ? state.firstRow : null),
        60_000,
        () => {
          throw new Error(`No row (${rowSelector}) was painted within 60 s`);
        },
      ),
    settled: (quietMs, timeoutMs) => {
      const result = (): Settled => ({ pointerDown: state.pointerDown, changes: state.watch?.changes ?? [] });
      return poll(
        () => {
          const last = state.watch?.changes.at(-1);
          return last?.paint != null && performance.now() - last.dom >= quietMs ? result() : null;
        },
        timeoutMs,
        result,
      );
    },
    rowCount: () => document.querySelectorAll('tr, [role="row"]').length,
  };
}
