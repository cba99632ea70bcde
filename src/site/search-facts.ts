/**
 * The facts of a page as search reads them. Frontmatter holds much of the handbook's knowledge (who
 * holds a role, whom a successor must meet, what an agreement measures), so each page carries its
 * facts as short sentences for Pagefind to index: a reader who types a contact's name finds the
 * handover, and the result's excerpt shows the sentence that matched. Names a reader types whole
 * weigh more than running text.
 */
import { describeInterval, formatDate } from '../lib/calendar.ts';
import type { GlossaryTerm, Handover, Partner, Person, Playbook, Role } from '../schemas/index.ts';
import { AGREEMENT_KIND_LABELS, FUNCTION_LABELS, HANDOVER_STATE_LABELS, REGION_LABELS } from './labels.ts';
import type { HandbookModel } from './handbook-model.ts';
import type { PageEntry, PersonEntry } from './handbook.ts';
import { party } from './parties.ts';

/** Pagefind weights (quadratic: 5 counts about 25 times as much as 1). */
const WEIGHT = {
  /** A name or identifier a reader types whole: a contact, a partner, a record number. */
  name: 5,
  /** A short item that says what the page is about: a matter, a KPI, a milestone. */
  item: 2,
  /** A sentence of description. */
  text: 1,
} as const;

/** The weight of a name a reader types whole; such names also go into the "did you mean" vocabulary. */
export const SEARCH_NAME_WEIGHT = WEIGHT.name;

/** One fact of a page, as a sentence: `Key contact: Dana Ortiz, facilities manager.` */
export interface SearchFact {
  /** What the fact is: `Key contact`. */
  label: string;
  /** The part a reader searches for, weighted: `Dana Ortiz`. */
  value: string;
  weight: number;
  /** Words after the value, at ordinary weight: `facilities manager`. */
  detail?: string;
}

/** Page metadata Pagefind searches besides the title, each with its own weight in ranking. */
export interface SearchMeta {
  /** A partner agreement's partner: an exact match ranks the agreement first. */
  partner?: string;
  /** A glossary term's abbreviation (`FTO`): an exact match ranks the term first. */
  abbreviation?: string;
  /** A glossary term's other names. */
  also_called?: string;
}

/** The facts and metadata search indexes for one page. */
export interface SearchRecord {
  facts: SearchFact[];
  meta: SearchMeta;
}

type Model = Pick<HandbookModel, 'peopleById' | 'rolesById'>;

/** What search indexes of `entry`'s frontmatter. */
export function searchRecord(model: Model, entry: PageEntry | PersonEntry): SearchRecord {
  switch (entry.collection) {
    case 'playbooks':
      return { facts: playbookFacts(model, entry.data), meta: {} };
    case 'roles':
      return { facts: roleFacts(model, entry.data), meta: {} };
    case 'handovers':
      return { facts: handoverFacts(model, entry.data), meta: {} };
    case 'partners':
      return { facts: partnerFacts(model, entry.data), meta: { partner: entry.data.partner } };
    case 'people':
      return { facts: personFacts(model, entry.data), meta: {} };
    case 'glossary':
      return { facts: glossaryFacts(entry.data), meta: { ...(entry.data.abbreviation && { abbreviation: entry.data.abbreviation }), ...(entry.data.also_called.length > 0 && { also_called: entry.data.also_called.join(', ') }) } };
  }
}

const fact = (label: string, value: string, weight: number, detail?: string): SearchFact => ({ label, value, weight, ...(detail && { detail }) });
const nameOf = (model: Model, id: string) => party(model, id).name;
const roleTitle = (model: Model, id: string) => model.rolesById.get(id)?.data.title ?? id;

function playbookFacts(model: Model, data: Playbook): SearchFact[] {
  return [
    fact('Functions', data.functions.map((name) => FUNCTION_LABELS[name]).join(', '), WEIGHT.text),
    ...data.related_roles.map((id) => fact('Role', roleTitle(model, id), WEIGHT.item)),
    ...data.systems.map((system) => fact('Record', system.record, WEIGHT.name, `in ${system.system}`)),
  ];
}

function roleFacts(model: Model, data: Role): SearchFact[] {
  return [
    fact('Holder', nameOf(model, data.holder), WEIGHT.name),
    ...(data.backup ? [fact('Backup', nameOf(model, data.backup), WEIGHT.name)] : []),
    ...(data.successor ? [fact('Successor', nameOf(model, data.successor), WEIGHT.name)] : []),
    fact('Team', nameOf(model, data.team), WEIGHT.text),
    fact('Region', REGION_LABELS[data.region], WEIGHT.text, data.timezone),
    ...data.responsibilities.map((line) => fact('Responsibility', line, WEIGHT.text)),
  ];
}

function handoverFacts(model: Model, data: Handover): SearchFact[] {
  return [
    fact('Role', roleTitle(model, data.role), WEIGHT.item),
    fact('From', nameOf(model, data.from), WEIGHT.name),
    fact('To', nameOf(model, data.to), WEIGHT.name, `by ${formatDate(data.due)}, ${HANDOVER_STATE_LABELS[data.state].toLowerCase()}`),
    ...(data.mentor ? [fact('Mentor', nameOf(model, data.mentor), WEIGHT.name)] : []),
    ...data.open_matters.map((item) => fact('Open matter', item.matter, WEIGHT.item, item.note)),
    ...data.contacts.map((item) => fact('Key contact', item.name, WEIGHT.name, item.note)),
    ...data.documents.map((item) => fact('Document', item.title, WEIGHT.item, `kept in ${item.location}`)),
    ...data.sessions.map((item) => fact('Transfer session', item.topic, WEIGHT.item, item.date && formatDate(item.date))),
  ];
}

function partnerFacts(model: Model, data: Partner): SearchFact[] {
  return [
    fact('Partner', data.partner, WEIGHT.name, AGREEMENT_KIND_LABELS[data.kind].toLowerCase()),
    fact('Scope', data.scope, WEIGHT.text),
    ...data.objectives.map((line) => fact('Objective', line, WEIGHT.text)),
    ...data.kpis.map((kpi) => fact('KPI', kpi.name, WEIGHT.item, `target ${kpi.target}`)),
    ...data.deliverables.map((item) => fact('Deliverable', item.name, WEIGHT.item, `due ${formatDate(item.due)}`)),
    ...data.milestones.map((item) => fact('Milestone', item.name, WEIGHT.item, `due ${formatDate(item.due)}`)),
    fact('Resources', data.resources, WEIGHT.text),
    fact('Background IP', data.ip.background, WEIGHT.text),
    fact('Foreground IP', data.ip.foreground, WEIGHT.text),
    ...data.ip.licences.map((licence) =>
      fact('Licence', `${licence.licensor} to ${licence.licensee}`, WEIGHT.item, [licence.exclusive ? 'exclusive' : 'non-exclusive', licence.scope, licence.terms].filter(Boolean).join('; ')),
    ),
    ...data.escalation.map((step) =>
      fact(`Escalation to ${step.level}`, step.contact, WEIGHT.item, [step.person && `ours: ${nameOf(model, step.person)}`, step.within && `within ${describeInterval(step.within)}`].filter(Boolean).join('; ')),
    ),
  ];
}

function glossaryFacts(data: GlossaryTerm): SearchFact[] {
  return [...(data.abbreviation ? [fact('Abbreviation', data.abbreviation, WEIGHT.name)] : []), ...data.also_called.map((name) => fact('Also called', name, WEIGHT.name))];
}

function personFacts(model: Model, data: Person): SearchFact[] {
  return [
    fact('Team', nameOf(model, data.team), WEIGHT.item),
    fact('Region', REGION_LABELS[data.region], WEIGHT.text, data.timezone),
    fact('Review handle', data.handle, WEIGHT.name),
  ];
}
