/**
 * Reads `baton.config.yml`, the one settings file for the site and the tools. A missing file means
 * every default; a broken one is reported with positions, like any content file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic, Finding } from '../diagnostic.ts';
import { locateIn, parsePositionedYaml } from './positioned-yaml.ts';
import { describeSchemaIssues } from './schema-issues.ts';
import { decodeSource } from './source-text.ts';
import { projectConfigSchema, type ProjectConfig } from '../../schemas/config.ts';

/** The settings file's name, at the project root. */
export const CONFIG_FILE = 'baton.config.yml';

/** The settings, or the problems that stopped them being read. */
export type ConfigResult = { config: ProjectConfig; problems: [] } | { config: undefined; problems: Diagnostic[] };

/** Reads and validates the settings file at `path` (default: `baton.config.yml` under `root`). */
export function readProjectConfig(root: string, path = join(root, CONFIG_FILE)): ConfigResult {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { config: projectConfigSchema.parse({}), problems: [] };
    throw error;
  }
  const file = path.startsWith(root) ? path.slice(root.length).replace(/^[\\/]/, '') : path;
  const diagnostic = (finding: Finding): Diagnostic => ({
    file,
    severity: 'error',
    ruleId: 'config',
    ...finding,
  });
  const decoded = decodeSource(bytes);
  if (decoded.text === undefined) return { config: undefined, problems: decoded.errors.map(diagnostic) };
  const yaml = parsePositionedYaml(decoded.text, { subject: 'Config' });
  if (yaml.data === undefined) return { config: undefined, problems: yaml.problems.map(diagnostic) };
  const result = projectConfigSchema.safeParse(yaml.data);
  if (!result.success) {
    return { config: undefined, problems: describeSchemaIssues(result.error.issues, yaml.data, (path, options) => locateIn(yaml.positions, path, options), projectConfigSchema).map(diagnostic) };
  }
  return { config: result.data, problems: [] };
}
