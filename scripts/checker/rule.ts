/** What a rule is: a pure function over one file plus the metadata that documents it. */
import type { Severity } from '../../src/lib/diagnostic.ts';
import type { CheckContext, CheckedFile, RuleFinding } from './model.ts';

/** Rule groups, for `--only <group>`. */
export const RULE_GROUPS = ['schema', 'owners', 'review', 'links', 'references', 'succession', 'partners', 'confidentiality', 'external', 'secrets', 'security'] as const;

/** One of `RULE_GROUPS`. */
export type RuleGroup = (typeof RULE_GROUPS)[number];

/** A rule: permanent kebab-case id, group, default severity, documentation, and the check itself. */
export interface Rule {
  id: string;
  group: RuleGroup;
  /** The severity its findings have unless a finding or the config says otherwise. */
  severity: Severity;
  /** One line saying what the rule reports. */
  summary: string;
  /** The rule's documentation page (ok and not-ok examples), relative to the project root. */
  docs: string;
  /** Whether the rule reads Markdown documents outside `content/` too (link rules do). */
  appliesToDocuments?: boolean;
  check(file: CheckedFile, context: CheckContext): RuleFinding[];
}

/** The documentation page of rule `id`. */
export function docsPath(id: string): string {
  return `scripts/checker/rules/${id}.md`;
}
