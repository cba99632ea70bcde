/**
 * The page `new` writes for each type: frontmatter that passes `npm run check` as it is, with a comment
 * on each field an author must look at, and a body with the sections readers expect. Placeholder
 * sentences (`src/lib/reading/template-placeholders.ts`) say what to write; a new page starts as a
 * `draft`, so none of them is published, and `npm run check` refuses a published page that still
 * holds one. A person page is published at once, so its prompt is an HTML comment, which the site
 * leaves out and the check passes over.
 */
import { stringify } from 'yaml';
import { PLACEHOLDERS, personPlaceholder } from '../../../src/lib/reading/template-placeholders.ts';

/** What every reviewed page starts with. */
export interface PageInputs {
  title: string;
  owner: string;
  /** The team the page concerns (the owning team, or the owner's team). */
  team: string | undefined;
  today: string;
  reviewEvery: string;
  status: 'draft';
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
    ['## Purpose', PLACEHOLDERS.playbookPurpose, '## Steps', `1. ${PLACEHOLDERS.firstStep}\n2. ${PLACEHOLDERS.nextStep}`, '## Who to ask', PLACEHOLDERS.whoToAsk],
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
      `  - ${scalar(PLACEHOLDERS.responsibility)}`,
    ],
    ['## What the role is for', PLACEHOLDERS.roleReason, '## How to stand in', PLACEHOLDERS.standingIn],
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
    ['## Why and when', PLACEHOLDERS.handoverReason, '## What to know first', PLACEHOLDERS.handoverEssentials],
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
      field('scope', PLACEHOLDERS.scope),
      'objectives:',
      `  - ${scalar(PLACEHOLDERS.objective)}`,
      field('resources', PLACEHOLDERS.resources),
      'ip:',
      `  ${field('background', PLACEHOLDERS.backgroundIp)}`,
      `  ${field('foreground', PLACEHOLDERS.foregroundIp)}`,
      'escalation:',
      `  - ${field('level', 'Partnership managers')}`,
      `    ${field('contact', PLACEHOLDERS.escalationContact)}`,
      ...(inputs.escalationPerson ? [`    ${field('person', inputs.escalationPerson)}`] : []),
      '# How often the partnership is reviewed and each KPI measured: monthly, quarterly, half-yearly,',
      '# yearly, or an interval such as 6w. The first review is due one cadence after `start`.',
      'review_cadence: quarterly',
      '# Each KPI has a target, as a number (`at least 95 %`, `at most 10 days`) or in words, and its',
      '# measurements; a measurement of a target in words says its own status, e.g.',
      '#   - name: Royalty statements on time',
      '#     target: at least 95 %',
      '#     measurements:',
      '#       - on: 2027-03-31',
      '#         value: 100',
      'kpis: []',
      '# Each review: `on`, `meeting`, `attendees`, `decisions`, and `actions` with `owner`, `due` and `done`.',
      'reviews: []',
      '# Dated duties of either side: `name`, `kind` (royalty-report, payment, audit, publication-review,',
      '# reporting, notice or other), `owed_by` (partner or us), `owner`, `due`, `every` when it recurs,',
      '# and `done_through` (the due date of the latest time it was met).',
      'obligations: []',
      '# Disagreements: `summary`, `opened`, `level` (the step of `escalation` it sits at, from 1),',
      '# `level_since`, `state` (open or resolved) and `resolved_on`.',
      'disputes: []',
      '# Add `for_convenience` with `who`, `notice` and `terms` if the agreement may end without a breach.',
      'exit:',
      '  for_cause:',
      '    who: either',
      '    notice: 30d',
      `    ${field('terms', PLACEHOLDERS.exitForCause)}`,
      `  ${field('background_ip', PLACEHOLDERS.exitBackgroundIp)}`,
      `  ${field('foreground_ip', PLACEHOLDERS.exitForegroundIp)}`,
      `  ${field('licences', PLACEHOLDERS.exitLicences)}`,
      `  ${field('data', PLACEHOLDERS.exitData)}`,
      `  ${field('joint_inventions', PLACEHOLDERS.exitJointInventions)}`,
    ],
    ['## The agreement in short', PLACEHOLDERS.partnerIntroduction, '## How we measure it', PLACEHOLDERS.partnerMeasure, '## Working rhythm', PLACEHOLDERS.partnerRhythm],
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
    [field('name', inputs.name), field('team', inputs.team), field('region', inputs.region), field('timezone', inputs.timezone), '# Their forge handle, so pull requests can ask them to review.', field('handle', inputs.handle), 'status: active', '# When they work, on their own clock, so team pages show the hours they share with others.', 'working_hours:', "  start: '09:00'", "  end: '17:00'", '  days: [mon, tue, wed, thu, fri]', '# The languages they work in: BCP 47 codes (en, de, pt-BR) and native, fluent, working or basic.', 'languages:', '  - { code: en, level: working }'],
    [`<!-- ${personPlaceholder(inputs.name).replaceAll('-->', '-- >')} -->`],
  );
}

function pageFields(inputs: PageInputs): string[] {
  return [
    field('title', inputs.title),
    field('summary', PLACEHOLDERS.summary),
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
