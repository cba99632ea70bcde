import { defineConfig } from 'vitest/config';

/**
 * The `unit` project: pure modules and the CLIs, in seconds, with no site build. Mutation testing
 * (`npm run mutation`, `vitest.mutation.config.ts`) runs exactly these tests.
 */
export const unitProject = {
  test: {
    name: 'unit',
    include: ['test/**/*.test.ts'],
    exclude: ['test/site/**', 'test/e2e/**'],
    // The command tests run the real CLIs one after another on a copy of the whole starter
    // handbook; on a shared machine that can take well over Vitest's 5 s default.
    testTimeout: 60_000,
  },
};

// Two projects: `unit` runs pure modules and the CLIs in seconds; `site` builds real handbooks once
// (in its global set-up) and tests the output, in files and in a browser.
export default defineConfig({
  test: {
    projects: [
      unitProject,
      {
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          globalSetup: ['test/site/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
