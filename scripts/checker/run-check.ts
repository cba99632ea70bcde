/**
 * Runs a check: read the handbook once (from the cache when files are unchanged), run every selected
 * rule on every reported file, and apply the configured severities. The command line and the site
 * build both call this; the build asks for content rules only. Returns the diagnostics and the
 * handbook as read; printing and exit codes are the caller's business.
 */
import { dirname, isAbsolute, join, resolve, sep } from 'node:path';
import type { Diagnostic, Severity } from '../../src/lib/diagnostic.ts';
import { compareDiagnostics } from '../../src/lib/diagnostic.ts';
import { didYouMean } from '../../src/lib/printing/did-you-mean.ts';
import { readProjectConfig } from '../../src/lib/reading/project-config.ts';
import { todayIn } from '../../src/lib/calendar.ts';
import { noCache, openFileCache } from '../../src/lib/reading/file-cache.ts';
import { readHandbook, type Handbook } from '../../src/lib/reading/read-handbook.ts';
import { isFolder, type SourceFolder } from '../../src/lib/reading/discover.ts';
import { RULE_GROUPS, RULES, type RuleKind } from '../../src/lib/rules.ts';
import type { ProjectConfig } from '../../src/schemas/config.ts';
import { buildContext } from './context.ts';
import { DEFAULT_SOURCE_ROUTING, type SourceRouting } from '../../src/lib/judging/source-links.ts';
import { applyBaseline, BASELINE_FILE, type BaselineEntry } from '../../src/lib/judging/baseline.ts';
import { BaselineFileError, readBaseline } from '../../src/lib/reading/baseline-file.ts';
import { checkExternalLinks, type ExternalCheckOptions } from './external/check-external-links.ts';
import { gateChanges } from './changed-pages.ts';
import type { Rule } from './rule.ts';
import { CHECKER_RULES } from './rules/index.ts';

/** What to check and how. */
export interface CheckOptions {
  /** The handbook root: the folder with `content/` and `baton.config.yml`. */
  root: string;
  /** Files or folders whose problems are reported (default `content/`). */
  paths: readonly string[];
  /** Rule ids or group names to run; all rules when empty. */
  only: readonly string[];
  /** Run only rules of these kinds (the build runs `content` rules); every kind when absent. */
  kinds?: readonly RuleKind[];
  /** The day to judge dates by, `YYYY-MM-DD`; today in the site's time zone when absent. */
  today?: string;
  /** The settings file, when not `baton.config.yml` in the root. */
  configPath?: string;
  /** Where to keep the cache; `false` for none. */
  cachePath: string | false;
  /** Keep each entry's Markdown body in the result (the site renders it). */
  keepBodies?: boolean;
  /** Count drafts as published (the preview under `npm run dev`), so they render and links to them are fine. */
  previewDrafts?: boolean;
  /**
   * The pull-request gate: the files (handbook-relative) changed since the base. Time findings are
   * errors only in these files and warnings elsewhere; overdue pages they link to are named as notes.
   */
  changedFiles?: ReadonlySet<string>;
  /** Check `http(s)` links over the network too (`--external`). */
  external?: ExternalCheckOptions;
  /** How folders of Markdown from other sites route their pages; public folders relative to `root`. */
  routing?: Partial<SourceRouting>;
  /**
   * The baseline of known findings (`baton.baseline.json` in the root by default, when it exists);
   * `false` for none. Known findings are set apart from the diagnostics.
   */
  baseline?: string | false;
  onFileRead?: (done: number, total: number) => void;
}

/** What a check found. */
export interface CheckResult {
  diagnostics: Diagnostic[];
  /** The handbook as read, for callers that go on to use it (the site stores its entries). */
  handbook: Handbook;
  /** How many files were read. */
  files: number;
  /** How many of them the cache answered, unchanged since the last run. */
  cached: number;
  /** Findings the baseline knows: reported as known, never failing. */
  known: Diagnostic[];
  /** The baseline, when there is one: its file, its entries, and those this run shows fixed. */
  baseline?: { path: string; entries: BaselineEntry[]; fixed: BaselineEntry[] };
}

/** Bad usage or a broken settings file: the tool cannot run (exit 2). */
export class CheckSetupError extends Error {
  readonly diagnostics: Diagnostic[];
  readonly hint: string | undefined;
  constructor(message: string, diagnosticsOrHint: Diagnostic[] | string = []) {
    super(message);
    this.diagnostics = typeof diagnosticsOrHint === 'string' ? [] : diagnosticsOrHint;
    this.hint = typeof diagnosticsOrHint === 'string' ? diagnosticsOrHint : undefined;
  }
}

/** Reads the settings a check runs with, or explains why it cannot run. */
export function readCheckSettings(root: string, configPath?: string): ProjectConfig {
  const settings = readProjectConfig(root, configPath ?? join(root, 'baton.config.yml'));
  if (!settings.config) throw new CheckSetupError('The settings file has errors', settings.problems);
  validateRuleSettings(settings.config);
  return settings.config;
}

/** Runs the check described by `options`. */
export async function runCheck(options: CheckOptions): Promise<CheckResult> {
  const config = readCheckSettings(options.root, options.configPath);
  const rules = selectRules(options.only).filter((rule) => !options.kinds || options.kinds.includes(rule.kind));
  const today = options.today ?? todayIn(config.site.time_zone);

  const { handbook, cached } = await readHandbook({
    root: options.root,
    config,
    paths: options.paths,
    cache: options.cachePath ? openFileCache(options.cachePath) : noCache,
    scanSecrets: rules.some((rule) => rule.id === RULES.secret.id),
    ...(options.keepBodies && { keepBodies: true }),
    ...(options.previewDrafts && { previewDrafts: true }),
    ...(options.onFileRead && { onFileRead: options.onFileRead }),
  });
  const routing = sourceRouting(options.root, handbook.sources, options.routing);
  if (options.routing && Object.keys(options.routing).length > 0 && handbook.sources.length === 0) {
    throw new CheckSetupError('`--base`, `--index`, `--no-extensionless`, `--trailing-slash` and `--public` say how a folder of Markdown from another site routes its pages, and no such folder is checked', 'name the folder, e.g. `npm run check -- --only links docs/ --base /docs/`');
  }
  const context = buildContext(handbook, today, routing);
  if (options.external && rules.some((rule) => rule.group === 'external')) {
    context.externalVerdicts = await checkExternalLinks([...handbook.reported], config.check.external, options.external);
  }

  let diagnostics: Diagnostic[] = [];
  for (const file of handbook.files) {
    if (!handbook.reported.has(file)) continue;
    for (const rule of rules) {
      if (file.kind === 'document' && !rule.appliesToDocuments) continue;
      if (file.kind === 'translation' && !rule.appliesToTranslations) continue;
      for (const finding of rule.check(file, context)) {
        const severity = effectiveSeverity(rule, finding.severity, config);
        if (severity === 'off') continue;
        diagnostics.push({ file: file.path, line: finding.line, column: finding.column, severity, ruleId: rule.id, message: finding.message, ...(finding.hint && { hint: finding.hint }) });
      }
    }
  }
  if (options.changedFiles) diagnostics = gateChanges(diagnostics, context, options.changedFiles, (ruleId) => configuredSeverity(ruleId, config));
  const result: CheckResult = { diagnostics: diagnostics.sort(compareDiagnostics), handbook, files: handbook.files.length, cached, known: [] };
  const baselinePath = options.baseline === false ? undefined : (options.baseline ?? join(options.root, BASELINE_FILE));
  const entries = baselinePath === undefined ? undefined : readBaselineOrStop(baselinePath);
  if (baselinePath === undefined || entries === undefined) return result;
  const ran = new Set(rules.map((rule) => rule.id));
  const reportedPaths = new Set([...handbook.reported].map((file) => file.path));
  const covered = (file: string) => options.paths.some((path) => { const folder = path.replace(/\/+$/, ''); return file === folder || file.startsWith(`${folder}/`); });
  const verdict = applyBaseline(result.diagnostics, entries, (entry) => ran.has(entry.rule) && (reportedPaths.has(entry.file) || (!handbook.byPath.has(entry.file) && covered(entry.file))));
  return { ...result, diagnostics: verdict.failing, known: verdict.known, baseline: { path: baselinePath, entries, fixed: verdict.fixed } };
}

function readBaselineOrStop(path: string): BaselineEntry[] | undefined {
  try {
    return readBaseline(path);
  } catch (error) {
    if (error instanceof BaselineFileError) throw new CheckSetupError(error.message);
    throw error;
  }
}

/**
 * The routing source folders are judged with: the defaults, with what was given. A `--public` folder
 * written relative is looked for where it sits in a site's own repository, beside the checked folder
 * (`static/` beside `docs/`), and then in the folder the check runs from; one found nowhere stops the check.
 */
function sourceRouting(root: string, sources: readonly SourceFolder[], given: Partial<SourceRouting> = {}): SourceRouting {
  const publicFolder = (folder: string) => {
    const candidates = isAbsolute(folder) ? [folder] : [...new Set([...sources.map((source) => resolve(dirname(source.absolutePath), folder)), resolve(root, folder)])];
    const found = candidates.find((candidate) => isFolder(candidate));
    if (found === undefined) throw new CheckSetupError(`\`--public ${folder}\` is not a folder: looked for ${candidates.map((candidate) => `\`${candidate}\``).join(' and ')}`, 'name the folder the site serves at its root, beside the checked folder or as an absolute path');
    return found.split(sep).join('/');
  };
  return { ...DEFAULT_SOURCE_ROUTING, ...given, publicFolders: (given.publicFolders ?? []).map(publicFolder) };
}

/** The rules `--only` selects, by id or group; every rule when none is named. */
export function selectRules(only: readonly string[]): Rule[] {
  if (only.length === 0) return [...CHECKER_RULES];
  const known = [...RULE_GROUPS, ...CHECKER_RULES.map((rule) => rule.id)];
  for (const name of only) {
    if (!known.includes(name)) {
      const hint = didYouMean(name, known);
      throw new CheckSetupError(`\`--only ${name}\` names no rule or group${hint ? `; ${hint}` : ''}`);
    }
  }
  return CHECKER_RULES.filter((rule) => only.includes(rule.id) || only.includes(rule.group));
}

function validateRuleSettings(config: ProjectConfig): void {
  const ids = CHECKER_RULES.map((rule) => rule.id);
  for (const id of Object.keys(config.check.rules)) {
    if (!ids.includes(id)) {
      const hint = didYouMean(id, ids);
      throw new CheckSetupError(`\`check.rules\` in \`baton.config.yml\` sets \`${id}\`, which is not a rule${hint ? `; ${hint}` : ''}`);
    }
  }
}

/** What `check.rules` makes of a rule's findings: a severity, `off`, or undefined when it leaves them as found. */
function configuredSeverity(ruleId: string, config: ProjectConfig): Severity | 'off' | undefined {
  const setting = config.check.rules[ruleId];
  if (setting === 'off') return 'off';
  if (setting === 'warn') return 'warning';
  if (setting === 'error') return 'error';
  return undefined;
}

function effectiveSeverity(rule: Rule, findingSeverity: Severity | undefined, config: ProjectConfig): Severity | 'off' {
  return configuredSeverity(rule.id, config) ?? findingSeverity ?? rule.severity;
}
