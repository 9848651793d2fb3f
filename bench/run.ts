/**
 * `npm run bench`: builds the demo app (mocks on) and the bench-only mantine-datatable page,
 * serves both on a free loopback port, and measures both in headless Chromium with the
 * 10,000-request scenario. Also sizes the fixed stack's own JS (`stack-floor.ts`). Writes bench/results.json and prints a table. Numbers, not a test:
 * it exits non-zero only when something could not be measured. See bench/README.md.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, platform, release } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../tests/e2e/chromium.ts';
import { jsBudgets, printJsBudgets } from './budgets-report.ts';
import { type AssetMap, buildWithOrigins } from './build.ts';
import { prepareBusyWeek } from './busy-week.ts';
import { checkFloorShowsTheInbox } from './floor-check.ts';
import { type FloorTimingResult, floorNote, floorTimingRows, printFloorTiming } from './floor-timing-report.ts';
import { measureFreeSlots } from './free-slots.ts';
import { measureGrowth, tokenOf } from './growth.ts';
import { printGrowth } from './growth-report.ts';
import { measureLighthouse } from './lighthouse.ts';
import { printLighthouse } from './lighthouse-report.ts';
import {
  loadedScriptsAndStyles,
  measureRun,
  type PageOptions,
  type RunMetrics,
  rowsAfterScrollingToEnd,
} from './measure.ts';
import { loadApiBackend } from './no-mocks.ts';
import { readOptions } from './options.ts';
import { type PageResult, pageResult, printPageTimings, printWriteCosts } from './pages-report.ts';
import {
  medianRun,
  type NoMocksResult,
  printLargestAppFiles,
  printRouteSizes,
  printStackFloor,
  printSummary,
  summarize,
  type TargetResult,
} from './report.ts';
import { medianAnswers, type SearchAnswers, withSearchAnswers } from './search-answers.ts';
import { type StaticServer, startStaticServer } from './server.ts';
import { carrySession, keepMockWorkerAlive, prepareScenario, scenarioLabels, signInOnce } from './setup.ts';
import { type LoadSizes, type ServedBuild, sizeLoadedFiles } from './sizes.ts';
import { measureStackFloor } from './stack-floor.ts';
import {
  appTarget,
  datatableTarget,
  inboxFloorTarget,
  noMocksTarget,
  publicFormRoute,
  shellOnlyRoute,
  type Target,
} from './targets.ts';
import { measureWriteCost, type WriteCost } from './write-cost.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const appDist = join(projectRoot, 'dist-demo');
const datatableDist = join(projectRoot, 'dist-bench-datatable');
const noMocksDist = join(projectRoot, 'dist-bench-app');
const floorDist = join(projectRoot, 'dist-bench-inbox-floor');
const appConfig = join(projectRoot, 'vite.config.ts');
const assetMapsFile = join(projectRoot, 'bench/.tmp/asset-maps.json');
const resultsFile = join(projectRoot, 'bench/results.json');

const cpuThrottling = 4;
/** Every top-level route; /follow-ups and /schedule are also timed below (busy week). */
const appRoutes = ['/', '/requests', '/schedule', '/series', '/follow-ups', '/patients', '/settings'];
/** The routes with a JS budget, also loaded from the build without mocks. */
const budgetedRoutes = [publicFormRoute, shellOnlyRoute, appTarget.path];
/** Timed rounds (a read, a refused write, a write) per write-cost measurement. */
const writeSamples = 15;

const options = readOptions();
const { runs, parts } = options;

const log = (message: string) =>
  console.log(`[bench ${(performance.now() / 1000).toFixed(0).padStart(3)} s] ${message}`);

interface AssetMaps {
  app: AssetMap;
  noMocks: AssetMap;
  datatable: AssetMap;
  floor: AssetMap;
}

async function buildAll(): Promise<AssetMaps> {
  if (options.skipBuild) {
    log('Reusing dist-demo, dist-bench-app, dist-bench-datatable and dist-bench-inbox-floor (--skip-build)');
    const maps: Partial<AssetMaps> = JSON.parse(await readFile(assetMapsFile, 'utf8'));
    if (!maps.app || !maps.noMocks || !maps.datatable || !maps.floor)
      throw new Error('The last build is older than the bench: run it once without --skip-build');
    return { app: maps.app, noMocks: maps.noMocks, datatable: maps.datatable, floor: maps.floor };
  }
  log('Building the demo app (VITE_MSW=on vite build --outDir dist-demo)');
  process.env.VITE_MSW = 'on';
  const app = await buildWithOrigins({ projectRoot, configFile: appConfig, outDir: appDist });
  delete process.env.VITE_MSW;
  log('Building the app without mocks (vite build --outDir dist-bench-app)');
  const noMocks = await buildWithOrigins({ projectRoot, configFile: appConfig, outDir: noMocksDist });
  log('Building the bench-only mantine-datatable page (bench/datatable-page)');
  const datatable = await buildWithOrigins({
    projectRoot,
    configFile: join(projectRoot, 'bench/datatable-page/vite.config.ts'),
    outDir: datatableDist,
  });
  log('Building the bench-only timing floor (bench/inbox-floor: the inbox screen with the libraries alone)');
  const floor = await buildWithOrigins({
    projectRoot,
    configFile: join(projectRoot, 'bench/inbox-floor/vite.config.ts'),
    outDir: floorDist,
  });
  await mkdir(dirname(assetMapsFile), { recursive: true });
  const maps: AssetMaps = { app, noMocks, datatable, floor };
  await writeFile(assetMapsFile, JSON.stringify(maps));
  return maps;
}

async function measureSizes(
  context: Parameters<typeof loadedScriptsAndStyles>[0],
  target: Target,
  paths: readonly string[],
  options: PageOptions,
  builds: readonly ServedBuild[],
) {
  // Three pages at a time: which files load does not depend on speed.
  const sizes: Record<string, LoadSizes> = {};
  for (let start = 0; start < paths.length; start += 3) {
    const batch = paths.slice(start, start + 3);
    const loads = await Promise.all(batch.map((path) => loadedScriptsAndStyles(context, target, path, options)));
    for (const [index, path] of batch.entries()) {
      sizes[path] = await sizeLoadedFiles(loads[index] ?? [], options.origin, builds);
    }
  }
  return sizes;
}

async function main(): Promise<void> {
  const loadAtStart = loadavg()[0] ?? 0;
  log(`Parts: ${[...parts].join(', ')}`);
  const assets = await buildAll();
  let stackFloor = null;
  let freeSlots = null;
  if (parts.has('floor')) {
    log('Building the stack-floor pages (bench/stack-floor: the libraries alone, no app code)');
    stackFloor = await measureStackFloor(projectRoot);
    log("Timing the booking form's free-slot search (four busy weeks, in Node)");
    freeSlots = await measureFreeSlots(projectRoot);
  }
  let server: StaticServer | null = null;
  let noMocksServer: StaticServer | null = null;
  let browser: Browser | null = null;
  try {
    server = await startStaticServer([
      { prefix: '/', dir: appDist },
      { prefix: '/bench-datatable/', dir: datatableDist },
    ]);
    const builds: ServedBuild[] = [
      { prefix: '/', dir: appDist, assets: assets.app },
      { prefix: '/bench-datatable/', dir: datatableDist, assets: assets.datatable },
    ];
    log(`Serving both builds at ${server.origin}`);
    log('Starting the mock API in this Node process for the build without mocks');
    const apiBackend = await loadApiBackend(projectRoot);
    noMocksServer = await startStaticServer(
      [
        { prefix: '/', dir: noMocksDist },
        { prefix: inboxFloorTarget.path, dir: floorDist },
      ],
      apiBackend,
    );
    const noMocksBuilds: ServedBuild[] = [{ prefix: '/', dir: noMocksDist, assets: assets.noMocks }];
    const floorBuilds: ServedBuild[] = [{ prefix: inboxFloorTarget.path, dir: floorDist, assets: assets.floor }];
    log(`Serving the build without mocks and the timing floor at ${noMocksServer.origin}`);
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    // One context for everything: its IndexedDB keeps the large mock database between page loads.
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });

    log('Signing in and choosing the "10,000 requests" scenario in the dev panel');
    const session = await prepareScenario(context, server.origin, scenarioLabels.large);
    await carrySession(context, session.sessionStorage);
    await keepMockWorkerAlive(context, server.origin);
    // Its own context: another origin, another backend, another sign-in.
    const noMocksContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const noMocksSession = await signInOnce(noMocksContext, noMocksServer.origin);
    await carrySession(noMocksContext, noMocksSession);

    const unthrottled: PageOptions = { origin: server.origin, cpuThrottling: 1 };
    const throttled: PageOptions = { origin: server.origin, cpuThrottling };
    const noMocksUnthrottled: PageOptions = { origin: noMocksServer.origin, cpuThrottling: 1 };
    const noMocksThrottled: PageOptions = { origin: noMocksServer.origin, cpuThrottling };

    const needsBusyWeek = parts.has('pages') || parts.has('writes');
    if (needsBusyWeek)
      log('Choosing the "Busy week" scenario in a second browser context (the follow-ups and schedule pages)');
    const busyWeek = needsBusyWeek ? await prepareBusyWeek(browser, server.origin) : null;

    // Also the warm-up: the service worker and the browser are up before the timed runs.
    log('Measuring the JS and CSS each route loads');
    const appSizes = await measureSizes(
      context,
      appTarget,
      [...appRoutes, publicFormRoute, shellOnlyRoute],
      unthrottled,
      builds,
    );
    const datatableSizes = await measureSizes(context, datatableTarget, [datatableTarget.path], unthrottled, builds);
    const noMocksSizes = await measureSizes(
      noMocksContext,
      noMocksTarget,
      budgetedRoutes,
      noMocksUnthrottled,
      noMocksBuilds,
    );
    const timesFloor = parts.has('floor-timing');
    const floorSizes = timesFloor
      ? await measureSizes(noMocksContext, inboxFloorTarget, [inboxFloorTarget.path], noMocksUnthrottled, floorBuilds)
      : {};
    if (timesFloor) log('Checking that the timing floor shows the same rows as the inbox (load, sort, filter)');
    const floorCheck = timesFloor
      ? await checkFloorShowsTheInbox(noMocksContext, noMocksServer.origin, {
          inbox: noMocksTarget,
          floor: inboxFloorTarget,
        })
      : [];

    const appRuns = [];
    const noMocksRuns = [];
    const datatableRuns = [];
    const floorRuns = [];
    const apiAnswers: { inbox: SearchAnswers[]; floor: SearchAnswers[] } = { inbox: [], floor: [] };
    /** A run of the build without mocks (the inbox or the floor), with the backend's answers to its searches. */
    const observedRun = async (target: Target, answers: SearchAnswers[]) => {
      const observed = await withSearchAnswers(apiBackend, target.label, () =>
        measureRun(noMocksContext, target, noMocksThrottled),
      );
      answers.push(observed.answers);
      return observed.result;
    };
    const busyTargets = parts.has('pages') ? (busyWeek?.targets ?? []) : [];
    const busyRuns = new Map(busyTargets.map((target) => [target, [] as RunMetrics[]]));
    for (let run = 1; run <= runs && (parts.has('inbox') || timesFloor || busyRuns.size > 0); run += 1) {
      log(`Run ${run} of ${runs} (4x CPU throttling)`);
      if (parts.has('inbox')) appRuns.push(await measureRun(context, appTarget, throttled));
      if (timesFloor) {
        noMocksRuns.push(await observedRun(noMocksTarget, apiAnswers.inbox));
        // Right after the inbox it is the floor of: both see the machine as it is then.
        floorRuns.push(await observedRun(inboxFloorTarget, apiAnswers.floor));
      } else if (parts.has('inbox')) {
        noMocksRuns.push(await measureRun(noMocksContext, noMocksTarget, noMocksThrottled));
      }
      if (parts.has('inbox')) datatableRuns.push(await measureRun(context, datatableTarget, throttled));
      for (const [target, targetRuns] of busyRuns)
        if (busyWeek) targetRuns.push(await measureRun(busyWeek.context, target, throttled));
    }

    const scrolls = parts.has('inbox')
      ? {
          app: await rowsAfterScrollingToEnd(context, appTarget, { ...unthrottled, budgetMs: 60_000 }),
          datatable: await rowsAfterScrollingToEnd(context, datatableTarget, { ...unthrottled, budgetMs: 15_000 }),
        }
      : null;

    const app: TargetResult | null = scrolls
      ? { runs: appRuns, median: medianRun(appRuns), scroll: scrolls.app, sizes: appSizes }
      : null;
    const datatable: TargetResult | null = scrolls
      ? { runs: datatableRuns, median: medianRun(datatableRuns), scroll: scrolls.datatable, sizes: datatableSizes }
      : null;
    const noMocks: NoMocksResult = { runs: noMocksRuns, median: medianRun(noMocksRuns), sizes: noMocksSizes };
    const floorMedian = medianRun(floorRuns);
    const floorTiming: FloorTimingResult | null = timesFloor
      ? {
          runs: floorRuns,
          median: floorMedian,
          sizes: floorSizes[inboxFloorTarget.path] ?? null,
          check: floorCheck,
          apiAnswers,
          rows: floorTimingRows(
            {
              run: noMocks.median,
              api: medianAnswers(apiAnswers.inbox),
              sizes: noMocksSizes[noMocksTarget.path] ?? null,
            },
            {
              run: floorMedian,
              api: medianAnswers(apiAnswers.floor),
              sizes: floorSizes[inboxFloorTarget.path] ?? null,
            },
          ),
        }
      : null;
    const pages: PageResult[] = [
      ...(app ? [pageResult(appTarget, 'large', appRuns, appSizes)] : []),
      ...[...busyRuns].map(([target, targetRuns]) => pageResult(target, 'busy-week', targetRuns, appSizes)),
    ];

    const writeCosts: WriteCost[] = [];
    if (parts.has('writes') && busyWeek) {
      log(`Timing durable writes against reads through the API (${writeSamples} rounds each)`);
      for (const [writeContext, scenario] of [
        [busyWeek.context, 'busy-week'],
        [context, 'large'],
      ] as const) {
        for (const throttling of [1, cpuThrottling]) {
          writeCosts.push(
            await measureWriteCost(writeContext, {
              origin: server.origin,
              scenario,
              cpuThrottling: throttling,
              samples: writeSamples,
            }),
          );
        }
      }
    }
    const lighthouse = parts.has('lighthouse') ? await measureLighthouse(noMocksServer.origin, runs, log) : null;
    // Last: it reseeds the Node backend (and leaves it at 10,000 extra requests).
    const growth = parts.has('growth')
      ? await measureGrowth(noMocksContext, apiBackend, {
          ...noMocksThrottled,
          runs,
          token: tokenOf(noMocksSession),
          log,
        })
      : null;
    const summary = app && datatable ? summarize(app, datatable, noMocks, appTarget.path, datatableTarget.path) : null;
    const budgetRows = jsBudgets(appSizes, noMocksSizes);
    const results = {
      generatedAt: new Date().toISOString(),
      parts: [...parts],
      environment: {
        node: process.version,
        chromium: browser.version(),
        os: `${platform()} ${release()}`,
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? 'unknown',
        /** 1-minute load average: above the CPU count, other work competed with the bench. */
        loadAverage: { start: loadAtStart, end: loadavg()[0] ?? 0 },
      },
      settings: {
        runs,
        warmUp: 'the unthrottled size loads of every route run first',
        cpuThrottling,
        viewport: '1440x900',
        scenario:
          'large (10,000 extra contact requests), chosen in the dev panel; the follow-ups and schedule pages in a second browser context with busy-week',
        busyWeekMonday: busyWeek?.monday ?? null,
        writeCost: `${writeSamples} rounds per row (read a follow-up call, assign it with a stale version, assign it), fetch() in the page with the app token, after 2 untimed rounds`,
        mockLatencyMs: session.mockLatencyMs,
        cache: 'cold: server sends no-store and DevTools disables the cache',
        gzip: 'node:zlib gzipSync, default level (6); 1 KB = 1,000 bytes',
        datatable: 'mantine-datatable 9.4.0, all requests in memory, client-side status filter and sort, pages of 50',
        noMocks:
          'the app built without mocks; the same mock handlers answer its API in the Node process (not throttled)',
        stackFloor: 'bench/stack-floor pages built like the app (minified), every JS chunk gzipped',
        floorTiming:
          'bench/inbox-floor (the inbox screen with the libraries alone), timed like the inbox right after each run of the build without mocks, same origin, backend and session',
        growth:
          'build without mocks, its Node backend reseeded with the typical clinic plus 1,000, 10,000 and 50,000 requests; mock cost timed on its handler in Node',
        freeSlots: 'freeSlots over 2–30 November with 80 sessions, 30-minute slots, median of the runs in Node',
      },
      summary,
      jsBudgets: budgetRows,
      stackFloor,
      freeSlots,
      app,
      noMocks,
      floorTiming,
      datatable,
      pages,
      writeCosts,
      lighthouse,
      growth,
    };
    await writeFile(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
    // Beside the budgets only: the floor table has the rest.
    const floors = new Map(floorTiming?.rows.filter((row) => row.budget).map((row) => [row.metric, floorNote(row)]));
    if (summary) printSummary(summary, runs, floors);
    if (floorTiming) printFloorTiming(floorTiming, runs);
    if (pages.length > 0) printPageTimings(pages, runs);
    if (writeCosts.length > 0) printWriteCosts(writeCosts);
    if (lighthouse) printLighthouse(lighthouse.results, runs);
    if (growth) printGrowth(growth);
    if (stackFloor) printStackFloor(stackFloor);
    if (freeSlots) {
      console.log(
        `Free-slot search over four busy weeks: ${freeSlots.medianMs.toFixed(1)} ms (median of ${freeSlots.runs}, ${freeSlots.slots} slots).`,
      );
    }
    printRouteSizes(appSizes);
    printJsBudgets(budgetRows);
    const inboxSizes = appSizes[appTarget.path];
    if (inboxSizes) printLargestAppFiles(appTarget.path, inboxSizes);
    if (scrolls) {
      const appScroll = scrolls.app;
      const lastRow =
        appScroll.lastAriaRowIndex === null
          ? ''
          : `, last row ${appScroll.lastAriaRowIndex} of ${appScroll.ariaRowCount}`;
      console.log(
        `\nScrolling to the end: ours ${appScroll.reachedEnd ? 'reached the end' : 'did NOT reach the end'} in ${appScroll.seconds.toFixed(0)} s ` +
          `(${appScroll.dataRowElements} data rows in the DOM${lastRow}); mantine-datatable shows one page of 50.`,
      );
    }
    console.log(`Mock latency during the run: ${session.mockLatencyMs ?? 'unknown'} ms. Results: bench/results.json`);
    const busiest = Math.max(loadAtStart, loadavg()[0] ?? 0);
    if (busiest > cpus().length) {
      console.log(
        `Warning: the load average reached ${busiest.toFixed(1)} on ${cpus().length} CPUs: other work skewed the timings.`,
      );
    }
  } finally {
    await browser?.close();
    await server?.close();
    await noMocksServer?.close();
  }
}

main().catch((error: unknown) => {
  console.error('\nThe bench could not measure:', error);
  process.exitCode = 1;
});
