/**
 * Where a handbook lives. By default the project itself (`content/`, `baton.config.yml`); the
 * `BATON_HANDBOOK` environment variable points the site build at another folder of the same shape,
 * which is how tests build their fixture handbooks.
 */
import { isAbsolute, join, resolve } from 'node:path';

/** The folders and files of one handbook. */
export interface HandbookPaths {
  /** The folder holding `content/` and `baton.config.yml`. */
  root: string;
  /** The `content/` folder with one sub-folder per collection. */
  content: string;
  /** The settings file. */
  config: string;
}

/** The handbook under `projectRoot`, or the one `BATON_HANDBOOK` names (relative to the project). */
export function handbookPaths(projectRoot: string, override: string | undefined): HandbookPaths {
  const root = override ? (isAbsolute(override) ? override : resolve(projectRoot, override)) : projectRoot;
  return { root, content: join(root, 'content'), config: join(root, 'baton.config.yml') };
}
