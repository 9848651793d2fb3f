// Mutation testing of the pure domain rules: `npm run test:mutation`.
// Stryker's command runner runs the domain tests once per mutant (its Vitest runner runs no
// tests under Vitest 5, and its TypeScript checker does not run on TypeScript 7).

/** The mutated modules. Add a feature's domain module here with its tests in `domain/__tests__/`. */
const domainModules = [
  'src/lib/clinic-time.ts',
  'src/features/contact-requests/domain/next-attempt.ts',
  'src/features/contact-requests/domain/response-time.ts',
  'src/features/treatment-series/domain/availability.ts',
  'src/features/treatment-series/domain/proposals.ts',
];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'command',
  commandRunner: {
    // The domain project (vite.config.ts): every feature's domain tests and the clinic-time tests.
    command: 'npx vitest run --project domain --no-isolate --maxWorkers=1 --bail=1 --reporter=dot',
  },
  coverageAnalysis: 'off',
  mutate: domainModules,
  checkers: [],
  // Stryker rewrites the sandbox's tsconfig through TypeScript's JS API, which TypeScript 7 no
  // longer has. Ours points nowhere outside the project, so it is left as it is.
  tsconfigFile: 'no-tsconfig-rewrite.json',
  // The machine is shared.
  concurrency: 2,
  timeoutMS: 20_000,
  thresholds: { high: 95, low: 90, break: 90 },
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  ignorePatterns: ['dist', 'dist-*', 'playwright-report', 'test-results', 'reports', 'bench/.tmp', 'tests/e2e'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
