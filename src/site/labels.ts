/** Reader-facing words for the enum values in frontmatter. */
import type { Handover, Partner, Playbook, Role } from '../schemas/index.ts';

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

/** Where a handover stands. */
export const HANDOVER_STATE_LABELS: Record<Handover['state'], string> = { planned: 'Planned', 'in-progress': 'In progress', complete: 'Complete' };

/** What a critical role lacks. */
export const SUCCESSION_GAP_LABELS = { 'no-backup': 'No backup', 'no-successor': 'No successor or handover under way' } as const;
