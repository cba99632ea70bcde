/** Reader-facing words for the enum values in frontmatter. */
import type { Handover, Partner, Playbook, Role } from '../schemas/index.ts';
import type { LanguageSkill } from '../schemas/languages.ts';

/** Business functions a playbook involves. */
export const FUNCTION_LABELS: Record<Playbook['functions'][number], string> = {
  rnd: 'R&D',
  ip: 'IP',
  legal: 'Legal',
  marketing: 'Marketing',
  'business-development': 'Business development',
  'knowledge-management': 'Knowledge management',
  people: 'People',
  finance: 'Finance',
  leadership: 'Leadership',
};

/** Where a role or person works. */
export const REGION_LABELS: Record<Role['region'], string> = { americas: 'Americas', emea: 'EMEA', apac: 'APAC', global: 'Global' };

/** Kinds of partner agreement. */
export const AGREEMENT_KIND_LABELS: Record<Partner['kind'], string> = {
  'joint-venture': 'Joint venture',
  'strategic-alliance': 'Strategic alliance',
  licensing: 'Licensing',
  'research-collaboration': 'Research collaboration',
};

/** Kinds of obligation under an agreement. */
export const OBLIGATION_KIND_LABELS: Record<Partner['obligations'][number]['kind'], string> = {
  'royalty-report': 'Royalty report',
  payment: 'Payment',
  audit: 'Audit',
  'publication-review': 'Publication review',
  reporting: 'Reporting',
  notice: 'Notice',
  other: 'Other',
};

/** Who may end an agreement early. */
export const TERMINATION_PARTY_LABELS: Record<NonNullable<Partner['exit']>['for_cause']['who'], string> = { either: 'Either side', us: 'Only we', partner: 'Only the partner' };

/** Where a handover stands. */
export const HANDOVER_STATE_LABELS: Record<Handover['state'], string> = { planned: 'Planned', 'in-progress': 'In progress', complete: 'Complete' };

/** What a critical role lacks. */
export const SUCCESSION_GAP_LABELS = { 'no-backup': 'No backup', 'no-successor': 'No successor or handover under way' } as const;

/** How well someone uses a language. */
export const LANGUAGE_LEVEL_LABELS: Record<LanguageSkill['level'], string> = { native: 'native', fluent: 'fluent', working: 'working', basic: 'basic' };

const languageNames = new Intl.DisplayNames('en', { type: 'language' });

/** A language's name in English, from its BCP 47 tag: `pt-BR` is `Brazilian Portuguese`. */
export function languageName(code: string): string {
  return languageNames.of(code) ?? code;
}
