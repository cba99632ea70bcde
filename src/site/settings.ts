/**
 * The build's settings, read once: `baton.config.yml` of the handbook being built, and the day the
 * build judges review dates by (`BATON_TODAY`, for reproducible builds and tests; otherwise today in
 * the configured time zone).
 */
import { join } from 'node:path';
import { todayIn } from '../lib/calendar.ts';
import { handbookPaths } from '../lib/reading/handbook-paths.ts';
import { CONFIG_FILE, readProjectConfig } from '../lib/reading/project-config.ts';
import { formatDiagnostics } from '../lib/printing/format-diagnostics.ts';
import type { ProjectConfig } from '../schemas/config.ts';

/**
 * The project folder; entries' `filePath` is relative to it. Astro builds from the folder it is run
 * in (npm scripts run in the project), and bundled page code no longer sits next to the project's
 * files, so the working folder is the one reliable answer.
 */
export const projectRoot: string = process.cwd();

/** The folder holding `content/` and `baton.config.yml` (the project, or `BATON_HANDBOOK`). */
export const handbookRoot: string = handbookPaths(projectRoot, process.env.BATON_HANDBOOK).root;

const result = readProjectConfig(handbookRoot, join(handbookRoot, CONFIG_FILE));
if (!result.config) throw new Error(`baton.config.yml has errors:\n\n${formatDiagnostics(result.problems, 'text')}`);

/** The handbook's settings with defaults filled in. */
export const config: ProjectConfig = result.config;

/** The day review states are judged by. */
export const today: string = process.env.BATON_TODAY ?? todayIn(config.site.time_zone);
