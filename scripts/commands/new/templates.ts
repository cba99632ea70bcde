/**
 * The page `new` writes for each type: frontmatter that passes `npm run check` as it is, with a comment
 * on each field an author must look at, and a body with the sections readers expect. Placeholder
 * sentences say what to write; a new page starts as a `draft`, so none of them is published.
 */
import { stringify } from 'yaml';

/** What every reviewed page starts with. */
export interface PageInputs {
  title: string;
  owner: string;
  /** The team the page concerns (the owning team, or the owner's team). */
  team: string | undefined;
  today: string;
  reviewEvery: string;
  status: 'draft' | 'active';
}

/** A playbook and the functions that take part in it. */
export interface PlaybookInputs extends PageInputs {
  functions: string[];
}

/** A role: who holds it and where. */
export interface RoleInputs extends PageInputs {
  roleTeam: string;
  holder: string;
  region: string;
  timezone: string;
}

/** A handover of a role from one person to another. */
export interface HandoverInputs extends PageInputs {
  role: string;
  from: string;
  to: string;
  due: string;
}

/** A partner agreement and its term. */
export interface PartnerInputs extends PageInputs {
  partner: string;
  kind: string;
  start: string;
  end: string;
  /** Our person at the first escalation level, when the owner is a person. */
  escalationPerson: string | undefined;
}

/** A person in the directory. */
export interface PersonInputs {
  name: string;
  team: string;
  region: string;
  timezone: string;
  handle: string;
}

/** A playbook page. */
export function playbookTemplate(inputs: PlaybookInputs): string {
  return page(
    [
      ...pageFields(inputs),
      '# Which functions take part: rnd, ip, legal, marketing, business-development,',
      '# knowledge-management, people, finance, leadership.',
      'functions:',
      ...inputs.functions.map((name) => `  - ${name}`),
    ],
    ['## Purpose', 'Say what this playbook is for and when to use it.', '## Steps', '1. Say what happens first, and who does it.\n2. Say what happens next.', '## Who to ask', 'Say who can help when a step is unclear.'],
  );
}

/** A role definition. */
export function roleTemplate(inputs: RoleInputs): string {
  return page(
    [
      ...pageFields(inputs),
      field('team', inputs.roleTeam),
      field('region', inputs.region),
      field('timezone', inputs.timezone),
      field('holder', inputs.holder),
      '# A critical role needs a `backup` who stands in today and a `successor` (or a handover) for tomorrow.',
      'critical: false',
      'responsibilities:',
      `  - ${scalar('Say what the holder answers for, one line each.')}`,
    ],
    ['## What the role is for', 'Say why the role exists and what would stop without it.', '## How to stand in', 'Say what a backup needs to know on their first day in the role.'],
  );
}

/** A succession handover. */
export function handoverTemplate(inputs: HandoverInputs): string {
  return page(
    [
      ...pageFields(inputs),
      field('role', inputs.role),
      field('from', inputs.from),
      field('to', inputs.to),
      field('due', inputs.due),
      '# planned, in-progress or complete',
      'state: planned',
      '# List each item with `done: false`, and set `done: true` once it is handed over, e.g.',
      '#   - matter: Opposition against EP 1234567',
      '#     note: Oral proceedings in March; outside counsel knows the file.',
      '#     done: false',
      'open_matters: []',
      'contacts: []',
      'documents: []',
      'sessions: []',
    ],
    ['## Why and when', 'Say why the role changes hands, and by when.', '## What to know first', 'Say what the successor must know in their first week.'],
  );
}

/** A partner agreement. */
export function partnerTemplate(inputs: PartnerInputs): string {
  return page(
    [
      ...pageFields(inputs),
      field('partner', inputs.partner),
      '# joint-venture, strategic-alliance, licensing or research-collaboration',
      field('kind', inputs.kind),
      field('start', inputs.start),
      field('end', inputs.end),
      'renewal_notice: 90d',
      field('scope', 'Say what the agreement covers, and what it leaves out.'),
      'objectives:',
      `  - ${scalar('Say what both sides want out of it.')}`,
      field('resources', 'Say how people, equipment, data and money are shared.'),
      'ip:',
      `  ${field('background', 'Say who keeps the IP each party brings in.')}`,
      `  ${field('foreground', 'Say who owns the IP created under the agreement.')}`,
      'escalation:',
      `  - ${field('level', 'Partnership managers')}`,
      `    ${field('contact', "Name both sides' contacts at this level.")}`,
      ...(inputs.escalationPerson ? [`    ${field('person', inputs.escalationPerson)}`] : []),
    ],
    ['## The agreement in short', 'Say who the partner is and why we work with them.', '## How we measure it', 'Say how both sides know the partnership works.'],
  );
}

/** A glossary term: its title is the term, its summary the definition. */
export function glossaryTemplate(inputs: PageInputs): string {
  const fields = pageFields(inputs).map((line) => (line.startsWith('summary:') ? field('summary', 'Say in one sentence what the term means here.') : line));
  return page(
    [...fields, '# The abbreviation readers meet, e.g. FTO, and other names for the same thing.', '# abbreviation: FTO', 'also_called: []'],
    ['Say more about the term: where it matters, what it is not, and which playbook applies it.'],
  );
}

/** A person page. */
export function personTemplate(inputs: PersonInputs): string {
  return page(
    [field('name', inputs.name), field('team', inputs.team), field('region', inputs.region), field('timezone', inputs.timezone), '# Their forge handle, so pull requests can ask them to review.', field('handle', inputs.handle), 'status: active'],
    [`Say what ${inputs.name} works on and what to ask them about.`],
  );
}

function pageFields(inputs: PageInputs): string[] {
  return [
    field('title', inputs.title),
    field('summary', 'Say in one or two sentences what this page is for.'),
    field('owner', inputs.owner),
    field('last_reviewed', inputs.today),
    field('review_every', inputs.reviewEvery),
    '# A draft is never published; set `active` when the page is ready.',
    field('status', inputs.status),
    'confidentiality: internal',
    ...(inputs.team ? ['teams:', `  - ${inputs.team}`] : []),
  ];
}

function page(frontmatter: string[], body: string[]): string {
  return ['---', ...frontmatter, '---', '', body.join('\n\n'), ''].join('\n');
}

function field(key: string, value: string): string {
  return `${key}: ${scalar(value)}`;
}

/** A value as YAML writes it: plain where that reads back the same, quoted where it would not. */
function scalar(value: string): string {
  return stringify(value, { version: '1.2', lineWidth: 0 }).trimEnd();
}
