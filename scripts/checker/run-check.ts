/**
 * Runs a check: find the files, read them (from the cache when unchanged), index the handbook, run
 * every selected rule on every reported file, and apply the configured severities. Returns the
 * diagnostics; printing and exit codes are the command's business.
 */
import { join } from 'node:path';
import type { Diagnostic, Severity } from '../../src/lib/diagnostic.ts';
import { compareDiagnostics } from '../../src/lib/diagnostic.ts';
import { didYouMean } from '../../src/lib/printing/did-you-mean.ts';
import { readProjectConfig } from '../../src/lib/reading/project-config.ts';
import { todayIn } from '../../src/lib/calendar.ts';
import type { ProjectConfig } from '../../src/schemas/config.ts';
import { noCache, openFileCache } from '../../src/lib/reading/file-cache.ts';
import { buildContext } from './context.ts';
import { checkExternalLinks, type ExternalCheckOptions } from './external/check-external-links.ts';
import { discoverFiles } from '../../src/lib/reading/discover.ts';
import { loadFiles, type OnFileRead } from '../../src/lib/reading/read-handbook.ts';
import { READ_RULES } from '../../src/lib/reading/read-entry.ts';
import { RULE_GROUPS, type Rule } from './rule.ts';
import { RULES } from './rules/index.ts';

/** What to check and how. */
export interface CheckOptions {
  /** The handbook root: the folder with `content/` and `baton.config.yml`. */
  root: string;
  /** Files or folders whose problems are reported (default `content/`). */
  paths: string[];
  /** Rule ids or group names to run; all rules when empty. */
  only: string[];
  /** The day to judge dates by, `YYYY-MM-DD`; today in the site's time zone when absent. */
  today?: string;
  /** The settings file, when not `baton.config.yml` in the root. */
  configPath?: string;
  /** Where to keep the cache; `false` for none. */
  cachePath: string | false;
  /** Check `http(s)` links over the network too (`--external`). */
  external?: ExternalCheckOptions;
  onFileRead?: OnFileRead;
}

/** What a check found. */
export interface CheckResult {
  diagnostics: Diagnostic[];
  /** How many files were read. */
  files: number;
  /** How many of them the cache answered, unchanged since the last run. */
  cached: number;
}

/** Bad usage or a broken settings file: the tool cannot run (exit 2). */
export class CheckSetupError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(message: string, diagnostics: Diagnostic[] = []) {
    super(message);
    this.diagnostics = diagnostics;
  }
}

/** Runs the check described by `options`. */
export async function runCheck(options: CheckOptions): Promise<CheckResult> {
  const settings = readProjectConfig(options.root, options.configPath ?? join(options.root, 'baton.config.yml'));
  if (!settings.config) throw new CheckSetupError('The settings file has errors', settings.problems);
  const config = settings.config;
  validateRuleSettings(config);
  const rules = selectRules(options.only);
  const today = options.today ?? todayIn(config.site.time_zone);

  const found = discoverFiles(options.root, options.paths);
  const cache = options.cachePath ? openFileCache(options.cachePath) : noCache;
  const scanSecrets = rules.some((rule) => rule.id === READ_RULES.secret);
  const { files, cached } = await loadFiles(found, cache, {
    allowedImports: config.check.mdx.allowed_imports,
    ...(scanSecrets && { secrets: { allow: config.check.secrets.allow } }),
    ...(options.onFileRead && { onFileRead: options.onFileRead }),
  });
  cache.save();
  const context = buildContext(options.root, files, config, today);
  if (options.external && rules.some((rule) => rule.group === 'external')) {
    const reported = files.filter((_, index) => found[index]!.reported);
    context.externalVerdicts = await checkExternalLinks(reported, config.check.external, options.external);
  }

  const diagnostics: Diagnostic[] = [];
  files.forEach((file, index) => {
    const foundFile = found[index]!;
    if (!foundFile.reported) return;
    for (const rule of rules) {
      if (foundFile.kind === 'document' && !rule.appliesToDocuments) continue;
      for (const finding of rule.check(file, context)) {
        const severity = effectiveSeverity(rule, finding.severity, config);
        if (severity === 'off') continue;
        diagnostics.push({ file: file.path, line: finding.line, column: finding.column, severity, ruleId: rule.id, message: finding.message, ...(finding.hint && { hint: finding.hint }) });
      }
    }
  });
  return { diagnostics: diagnostics.sort(compareDiagnostics), files: files.length, cached };
}

/** The rules `--only` selects, by id or group; every rule when none is named. */
export function selectRules(only: readonly string[]): Rule[] {
  if (only.length === 0) return [...RULES];
  const known = [...RULE_GROUPS, ...RULES.map((rule) => rule.id)];
  for (const name of only) {
    if (!known.includes(name)) {
      const hint = didYouMean(name, known);
      throw new CheckSetupError(`\`--only ${name}\` names no rule or group${hint ? `; ${hint}` : ''}`);
    }
  }
  return RULES.filter((rule) => only.includes(rule.id) || only.includes(rule.group));
}

function validateRuleSettings(config: ProjectConfig): void {
  const ids = RULES.map((rule) => rule.id);
  for (const id of Object.keys(config.check.rules)) {
    if (!ids.includes(id)) {
      const hint = didYouMean(id, ids);
      throw new CheckSetupError(`\`check.rules\` in \`baton.config.yml\` sets \`${id}\`, which is not a rule${hint ? `; ${hint}` : ''}`);
    }
  }
}

function effectiveSeverity(rule: Rule, findingSeverity: Severity | undefined, config: ProjectConfig): Severity | 'off' {
  const setting = config.check.rules[rule.id];
  if (setting === 'off') return 'off';
  if (setting === 'warn') return 'warning';
  if (setting === 'error') return 'error';
  return findingSeverity ?? rule.severity;
}
