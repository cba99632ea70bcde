/**
 * Every place a page names a person: owner, reviewers, role holder, backup and successor, handover
 * from, to and mentor, escalation contacts. The owner rules, the person pages, the handover command
 * and CODEOWNERS all ask this one list, so a new field that names a person is added here once.
 */
import type { CollectionName } from '../../schemas/index.ts';

/** How a page names a person. */
export type PersonField = 'owner' | 'reviewer' | 'holder' | 'backup' | 'successor' | 'from' | 'to' | 'mentor' | 'escalation';

/** One mention of a person (or, for `owner`, possibly a team) in a page's frontmatter. */
export interface PersonReference {
  id: string;
  field: PersonField;
  /** Where in the frontmatter: `['reviewers', 1]`, `['escalation', 0, 'person']`. */
  path: (string | number)[];
}

/** The frontmatter fields this module reads; every page type has some of them. */
interface PersonFields {
  owner?: string | undefined;
  reviewers?: string[] | undefined;
  holder?: string | undefined;
  backup?: string | undefined;
  successor?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  mentor?: string | undefined;
  escalation?: { person?: string | undefined }[] | undefined;
}

/** Every person (or owning team) a page of `collection` names, in frontmatter order. */
export function personReferences(collection: CollectionName, data: PersonFields): PersonReference[] {
  if (collection === 'people') return [];
  const references: PersonReference[] = [];
  const single = (field: PersonField, key: keyof PersonFields) => {
    const value = data[key];
    if (typeof value === 'string') references.push({ id: value, field, path: [key] });
  };
  single('owner', 'owner');
  data.reviewers?.forEach((id, index) => references.push({ id, field: 'reviewer', path: ['reviewers', index] }));
  single('holder', 'holder');
  single('backup', 'backup');
  single('successor', 'successor');
  single('from', 'from');
  single('to', 'to');
  single('mentor', 'mentor');
  data.escalation?.forEach((step, index) => {
    if (step.person) references.push({ id: step.person, field: 'escalation', path: ['escalation', index, 'person'] });
  });
  return references;
}

/** Fields that give a person responsibility (everything but reviewing, and the departing `from`). */
export const RESPONSIBLE_FIELDS: ReadonlySet<PersonField> = new Set(['owner', 'holder', 'backup', 'successor', 'to', 'mentor', 'escalation']);

/** Reader-facing words for each field: "owner", "role holder", ... */
export const PERSON_FIELD_LABELS: Record<PersonField, string> = {
  owner: 'owner',
  reviewer: 'reviewer',
  holder: 'holder',
  backup: 'backup',
  successor: 'successor',
  from: 'departing person',
  to: 'successor in a handover',
  mentor: 'mentor',
  escalation: 'escalation contact',
};
