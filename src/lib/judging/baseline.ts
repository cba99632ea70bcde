/**
 * A baseline: the findings a handbook already had when it was brought in (`npm run import`), which
 * the check and the build report as known instead of failing on. Each is recorded by rule, file and a
 * fingerprint of its message, so it survives lines moving above it; the same finding twice in a file
 * is two entries, so a third copy fails. Only findings that leave a page publishable may be known:
 * links, references, owners, confidentiality. A secret, unsafe HTML, MDX code or a broken schema
 * always fails, baseline or not. The list only shrinks: a finding that is gone is dropped from it
 * (`check --update-baseline`), never added back.
 */
import { createHash } from 'node:crypto';
import type { Diagnostic } from '../diagnostic.ts';
import { RULES, ruleById, type RuleGroup } from '../rules.ts';

/** The baseline's file, beside `baton.config.yml`. */
export const BASELINE_FILE = 'baton.baseline.json';

/** One known finding. */
export interface BaselineEntry {
  /** The rule that reports it. */
  rule: string;
  /** The file it is in, relative to the handbook root. */
  file: string;
  /** A hash of the rule, the file and the message: the same however the lines above it move. */
  fingerprint: string;
  /** The message as it was, for people reading the file. */
  message: string;
}

const KNOWABLE_GROUPS: readonly RuleGroup[] = ['links', 'references', 'owners', 'confidentiality'];

/**
 * Whether findings of a rule may be known: a content rule of links, references, owners or
 * confidentiality, except CODEOWNERS drift, which `npm run codeowners` mends in one go.
 */
export function isBaselinable(ruleId: string): boolean {
  const rule = ruleById(ruleId);
  return rule !== undefined && rule.kind === 'content' && KNOWABLE_GROUPS.includes(rule.group) && rule.id !== RULES.codeownersDrift.id;
}

/** The fingerprint of a finding: rule, file and message (not the position, not the hint, whose "did you mean" changes as pages come and go). */
export function fingerprintOf(finding: Pick<Diagnostic, 'ruleId' | 'file' | 'message'>): string {
  return createHash('sha256').update(`${finding.ruleId}\0${finding.file}\0${finding.message}`).digest('hex').slice(0, 16);
}

/** The entry recording a finding. */
export function baselineEntryOf(diagnostic: Diagnostic): BaselineEntry {
  return { rule: diagnostic.ruleId, file: diagnostic.file, fingerprint: fingerprintOf(diagnostic), message: diagnostic.message };
}

/** What a baseline makes of a check's findings. */
export interface BaselineVerdict {
  /** Findings the baseline does not know: these fail as usual. */
  failing: Diagnostic[];
  /** Findings the baseline knows. */
  known: Diagnostic[];
  /** Entries the check could have found and did not: fixed, to be dropped from the baseline. */
  fixed: BaselineEntry[];
}

/**
 * Sorts `diagnostics` into known and failing. An entry counts once: two identical findings need two
 * entries. `checked(entry)` says whether this run could have found the entry (its rule ran, its file
 * was reported); an entry it could have found and did not is fixed.
 */
export function applyBaseline(diagnostics: readonly Diagnostic[], entries: readonly BaselineEntry[], checked: (entry: BaselineEntry) => boolean): BaselineVerdict {
  const open = new Map<string, BaselineEntry[]>();
  for (const entry of entries) {
    const key = `${entry.rule}\0${entry.file}\0${entry.fingerprint}`;
    open.set(key, [...(open.get(key) ?? []), entry]);
  }
  const failing: Diagnostic[] = [];
  const known: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const waiting = diagnostic.severity !== 'note' && isBaselinable(diagnostic.ruleId) ? open.get(`${diagnostic.ruleId}\0${diagnostic.file}\0${fingerprintOf(diagnostic)}`) : undefined;
    if (waiting && waiting.length > 0) {
      waiting.pop();
      known.push(diagnostic);
    } else failing.push(diagnostic);
  }
  const fixed = [...open.values()].flat().filter(checked);
  return { failing, known, fixed };
}

/** The entries that remain once `fixed` are dropped, in a stable order. */
export function shrinkBaseline(entries: readonly BaselineEntry[], fixed: readonly BaselineEntry[]): BaselineEntry[] {
  const dropped = new Set(fixed);
  return sortEntries(entries.filter((entry) => !dropped.has(entry)));
}

/** Entries by file, rule and message, so the file reads in order and a rewrite changes nothing. */
export function sortEntries(entries: readonly BaselineEntry[]): BaselineEntry[] {
  const text = (entry: BaselineEntry) => `${entry.file}\0${entry.rule}\0${entry.message}\0${entry.fingerprint}`;
  return [...entries].sort((a, b) => (text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0));
}
