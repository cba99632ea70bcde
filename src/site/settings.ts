/**
 * The build's settings, read once: `baton.config.yml` of the handbook being built, and the day the
 * build judges review dates by (`BATON_TODAY`, for reproducible builds and tests; otherwise today in
 * the configured time zone).
 */
import { join } from 'node:path';
import { todayIn } from '../lib/calendar.ts';
import { CONFIG_FILE, readProjectConfig } from '../lib/project-config.ts';
import { formatDiagnostics } from '../lib/report/index.ts';
import type { ProjectConfig } from '../schemas/config.ts';

// `astro.config.mjs` defines these: bundled page code no longer sits next to the project's files.
/** The project folder; entries' `filePath` is relative to it. */
export const projectRoot: string = import.meta.env.BATON_PROJECT_ROOT;

/** The folder holding `content/` and `baton.config.yml` (the project, or `BATON_HANDBOOK`). */
export const handbookRoot: string = import.meta.env.BATON_HANDBOOK_ROOT;

const result = readProjectConfig(handbookRoot, join(handbookRoot, CONFIG_FILE));
if (!result.config) throw new Error(`baton.config.yml has errors:\n\n${formatDiagnostics(result.problems, 'text')}`);

/** The handbook's settings with defaults filled in. */
export const config: ProjectConfig = result.config;

/** The day review states are judged by. */
export const today: string = process.env.BATON_TODAY ?? todayIn(config.site.time_zone);
