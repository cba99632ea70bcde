/**
 * Every place a page names a person: owner, reviewers, role holder, backup and successor, handover
 * from, to and mentor, escalation contacts, an agreement's review attendees, the owners of review
 * actions and of obligations. The owner rules, the person pages, the handover command
 * and CODEOWNERS all ask this one list, so a new field that names a person is added here once.
 */
import type { CollectionName } from '../../schemas/index.ts';

/** How a page names a person. */
export type PersonField = 'owner' | 'reviewer' | 'holder' | 'backup' | 'successor' | 'from' | 'to' | 'mentor' | 'escalation' | 'attendee' | 'action' | 'done-action' | 'obligation';

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
  reviews?: { attendees?: string[] | undefined; actions?: { owner: string; done: boolean }[] | undefined }[] | undefined;
  obligations?: { owner: string }[] | undefined;
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
  data.reviews?.forEach((review, index) => {
    review.attendees?.forEach((id, at) => references.push({ id, field: 'attendee', path: ['reviews', index, 'attendees', at] }));
    review.actions?.forEach((action, at) => references.push({ id: action.owner, field: action.done ? 'done-action' : 'action', path: ['reviews', index, 'actions', at, 'owner'] }));
  });
  data.obligations?.forEach((obligation, index) => references.push({ id: obligation.owner, field: 'obligation', path: ['obligations', index, 'owner'] }));
  return references;
}

/**
 * Fields that give a person responsibility: everything but reviewing, and the fields that record what
 * happened (the departing `from`, who attended a review, who did an action that is done).
 */
export const RESPONSIBLE_FIELDS: ReadonlySet<PersonField> = new Set(['owner', 'holder', 'backup', 'successor', 'to', 'mentor', 'escalation', 'action', 'obligation']);

/** Fields that record what happened, which a handover leaves as they are. */
export const RECORD_FIELDS: ReadonlySet<PersonField> = new Set(['from', 'attendee', 'done-action']);

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
  attendee: 'review attendee',
  action: 'owner of a review action',
  'done-action': 'owner of a done review action',
  obligation: 'owner of an obligation',
};
