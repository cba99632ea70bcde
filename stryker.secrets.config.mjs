// The secret scanner against its own tests: `npm run mutation -- stryker.secrets.config.mjs`.
//
// Most of the scanner is built when its modules load: the patterns, the keyword tables, the keyword
// search's automaton. Stryker can plant a bug there only by loading the module afresh with the bug
// in place, which it does only for a mutant it runs against every test. The main run cannot: it
// ignores such mutants (`ignoreStatic`), and where the checker loads the scanner lazily, inside a
// test, it runs them against that checker test alone, with the bug never loaded, so they "survive"
// whatever the secret tests check. Here the secret tests are all the tests there are
// (`vitest.mutation-secrets.config.ts`, seconds for a run), so every mutant runs against all of them.

import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  mutate: ['src/lib/reading/secrets/*.ts'],
  vitest: { configFile: 'vitest.mutation-secrets.config.ts' },
  ignoreStatic: false,
  htmlReporter: { fileName: 'reports/mutation/secrets.html' },
  jsonReporter: { fileName: 'reports/mutation/secrets.json' },
};
