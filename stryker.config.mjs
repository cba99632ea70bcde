// Mutation testing (`npm run mutation`): Stryker changes the code that reads and judges a handbook one
// small way at a time (a `<` for a `<=`, a condition always true, a string emptied) and runs the unit
// tests that cover each change. A change no test notices is a bug users could meet unwarned.
// `npm run mutation -- --mutate src/lib/judging/review-status.ts` runs it for one file.

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  // Each mutant runs only the tests that reach it, and Vitest's related mode skips test files that
  // never import the mutated file (the CLI tests, which run the code in child processes).
  coverageAnalysis: 'perTest',
  // A static mutant changes a value built once, when its module loads (a zod schema, a pattern, a
  // table): no test can be said to cover it, so Stryker would run every test for each of them, about
  // nine tenths of the run's time. They are listed as ignored in the report; the behaviour behind
  // them is tested like any other (every schema field, every table), and the secret scanner's, most of
  // which is built at load time, are run against its own tests by `stryker.secrets.config.mjs`.
  ignoreStatic: true,
  mutate: [
    'src/schemas/**/*.ts',
    'src/lib/calendar.ts',
    'src/lib/reading/**/*.ts',
    // Built mostly at load time, the secret scanner is measured on its own: `stryker.secrets.config.mjs`.
    '!src/lib/reading/secrets/**',
    'src/lib/judging/**/*.ts',
    'src/lib/printing/did-you-mean.ts',
    'src/lib/printing/wording.ts',
    'scripts/checker/**/*.ts',
    'scripts/commands/review/plan-review.ts',
    'scripts/commands/handover/plan-handover.ts',
    'scripts/commands/new/page-inputs.ts',
    'scripts/commands/new/page-id.ts',
    'scripts/commands/report/needs-attention.ts',
  ],
  ignorePatterns: ['dist', '.astro', 'test/.tmp', 'reports', '.scratch'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // The machine is shared: allow for tests that run slower than in the first, unmutated run.
  timeoutFactor: 2,
  timeoutMS: 20_000,
  dryRunTimeoutMinutes: 30,
  thresholds: { high: 85, low: 75, break: null },
};
