/**
 * The build's settings, read once: `baton.config.yml` of the handbook being built, and the day the
 * build judges review dates by (`BATON_TODAY`, for reproducible builds and tests; otherwise today in
 * the configured time zone).
 */
import { fileURLToPath } from 'node:url';
import { todayIn } from '../lib/calendar.ts';
import { handbookPaths } from '../lib/handbook-paths.ts';
import { readProjectConfig } from '../lib/project-config.ts';
import { formatDiagnostics } from '../lib/report/index.ts';
import type { ProjectConfig } from '../schemas/config.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const paths = handbookPaths(projectRoot, process.env.BATON_HANDBOOK);
const result = readProjectConfig(paths.root, paths.config);
if (!result.config) throw new Error(`baton.config.yml has errors:\n\n${formatDiagnostics(result.problems, 'text')}`);

/** The handbook's settings with defaults filled in. */
export const config: ProjectConfig = result.config;

/** The day review states are judged by. */
export const today: string = process.env.BATON_TODAY ?? todayIn(config.site.time_zone);
