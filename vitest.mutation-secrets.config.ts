import { defineConfig } from 'vitest/config';
import mutation from './vitest.mutation.config.ts';

// What `stryker.secrets.config.mjs` runs: the secret scanner's own tests alone (see there why).
export default defineConfig({ test: { ...mutation.test, include: ['test/secrets/*.test.ts', 'test/lib/reading/secrets/*.test.ts', 'test/rules/secret.test.ts'] } });
