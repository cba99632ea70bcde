import { defineConfig } from 'vitest/config';
import { unitProject } from './vitest.config.ts';

// What Stryker runs (`stryker.config.mjs`): the unit project alone. The site project builds whole
// handbooks with Astro in its set-up, which would cost minutes per run and kill no mutant the unit
// tests leave alive.
export default defineConfig(unitProject);
