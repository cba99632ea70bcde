/**
 * Works out what a new page says from the command line and the handbook: who owns it, which team it
 * concerns, who holds a role or takes over in a handover. Every name is checked here, so a refusal
 * explains itself before anything is written.
 */
import { addInterval, isLongerThan } from '../../../src/lib/calendar.ts';
import { didYouMean } from '../../../src/lib/printing/did-you-mean.ts';
import { interval, region as regionSchema } from '../../../src/schemas/fields.ts';
import { partnerSchema } from '../../../src/schemas/partner.ts';
import { businessFunction } from '../../../src/schemas/playbook.ts';
import type { CollectionName, Person, Role } from '../../../src/schemas/index.ts';
import { CommandError, dateOption, usageError } from '../cli.ts';
import { findPage, type Handbook } from '../handbook.ts';
import { requirePerson } from '../people.ts';
import { DEFAULT_REVIEW_INTERVALS } from './page-types.ts';
import type { HandoverInputs, PageInputs, PartnerInputs, PersonInputs, PlaybookInputs, RoleInputs } from './templates.ts';

/** The options `new` takes, as parsed. */
export interface NewOptions {
  owner?: string;
  status?: string;
  'review-every'?: string;
  functions?: string;
  holder?: string;
  team?: string;
  region?: string;
  timezone?: string;
  role?: string;
  from?: string;
  to?: string;
  due?: string;
  partner?: string;
  kind?: string;
  start?: string;
  end?: string;
  handle?: string;
}

/** The options that only some types take, by type, to refuse the rest. */
export const TYPE_OPTIONS: Record<CollectionName, (keyof NewOptions)[]> = {
  playbooks: ['functions'],
  roles: ['holder', 'team', 'region', 'timezone'],
  handovers: ['role', 'from', 'to', 'due'],
  partners: ['partner', 'kind', 'start', 'end'],
  people: ['team', 'region', 'timezone', 'handle'],
  glossary: [],
};

const COMMON_PAGE_OPTIONS: (keyof NewOptions)[] = ['owner', 'status', 'review-every'];

/** Refuses options that the type does not take, e.g. `--holder` for a playbook. */
export function refuseForeignOptions(collection: CollectionName, options: NewOptions, typeName: string): void {
  const allowed = new Set<string>([...TYPE_OPTIONS[collection], ...(collection === 'people' ? [] : COMMON_PAGE_OPTIONS)]);
  const foreign = (Object.keys(options) as (keyof NewOptions)[]).find((name) => options[name] !== undefined && !allowed.has(name));
  if (foreign) throw usageError('new', `\`--${foreign}\` does not apply to a ${typeName}`);
}

/** The fields every page starts with. */
export function pageInputs(handbook: Handbook, collection: Exclude<CollectionName, 'people'>, title: string, options: NewOptions, today: string): PageInputs & { ownerPerson: Person | undefined } {
  if (options.owner === undefined) throw usageError('new', 'Missing `--owner <person-or-team>`: every page has an owner who keeps it current');
  const owner = options.owner;
  const ownerPerson = handbook.people.get(owner);
  const ownerTeam = owner in handbook.config.teams ? owner : undefined;
  if (!ownerPerson && !ownerTeam) {
    const hint = didYouMean(owner, [...handbook.personIds, ...Object.keys(handbook.config.teams)]);
    if (handbook.personIds.has(owner)) requirePerson(handbook, owner, 'owner');
    throw new CommandError(`\`--owner ${owner}\` is not in the people directory or a team`, hint ?? 'use a file name from `content/people/` or a team id from `teams` in `baton.config.yml`');
  }
  if (ownerPerson) requirePerson(handbook, owner, 'owner', { why: 'give the page to' });
  const status = options.status ?? 'draft';
  if (status === 'active') throw usageError('new', '`--status active` would publish the template\'s placeholder sentences, which `npm run check` refuses (`placeholder-text`); create the page as a draft, write it, then set `status: active`');
  if (status !== 'draft') throw usageError('new', `\`--status ${status}\` is not a status for a new page; a new page is a \`draft\` until it is written`);
  const reviewEvery = options['review-every'] ?? DEFAULT_REVIEW_INTERVALS[collection];
  if (!interval.safeParse(reviewEvery).success) throw usageError('new', `\`--review-every ${reviewEvery}\` is not an interval; write it like \`90d\`, \`6w\`, \`6m\` or \`1y\``);
  const longest = handbook.config.check.max_review_every;
  if (isLongerThan(reviewEvery, longest, today)) throw usageError('new', `\`--review-every ${reviewEvery}\` is longer than \`${longest}\`, the longest \`check.max_review_every\` allows`);
  return { title, owner, team: ownerTeam ?? ownerPerson?.team, today, reviewEvery, status, ownerPerson };
}

/** A playbook's functions: `--functions rnd,ip`, or the one function every handbook has. */
export function playbookInputs(base: PageInputs, options: NewOptions): PlaybookInputs {
  const functions = (options.functions ?? 'knowledge-management').split(',').map((name) => name.trim()).filter(Boolean);
  for (const name of functions) {
    if (!businessFunction.safeParse(name).success) throw usageError('new', `\`--functions ${name}\` is not a function; ${didYouMean(name, businessFunction.options) ?? `use ${businessFunction.options.map((option) => `\`${option}\``).join(', ')}`}`);
  }
  return { ...base, functions };
}

/** A role: its holder (the owner when they are a person), team, region and time zone. */
export function roleInputs(handbook: Handbook, base: PageInputs & { ownerPerson: Person | undefined }, options: NewOptions): RoleInputs {
  const holderId = options.holder ?? (base.ownerPerson ? base.owner : undefined);
  if (holderId === undefined) throw usageError('new', `Missing \`--holder <person>\`: the owner \`${base.owner}\` is a team, and a role is held by a person`);
  const holder = requirePerson(handbook, holderId, 'holder', { why: 'give the role to' });
  const roleTeam = options.team ?? (handbook.config.teams[base.owner] ? base.owner : holder.team);
  requireTeam(handbook, roleTeam);
  return { ...base, roleTeam, holder: holderId, region: requireRegion(options.region ?? holder.region), timezone: options.timezone ?? holder.timezone };
}

/** A handover of `--role`: from its holder to `--to` (or its successor, or its backup), due in 30 days. */
export function handoverInputs(handbook: Handbook, base: PageInputs, options: NewOptions): HandoverInputs {
  if (options.role === undefined) throw usageError('new', 'Missing `--role <role>`: a handover hands over one role');
  const rolePage = findPage(handbook, 'roles', options.role);
  if (!rolePage) {
    const roles = handbook.pages.filter((file) => file.collection === 'roles').map((file) => file.id);
    throw new CommandError(`\`--role ${options.role}\` is not a role of the handbook`, didYouMean(options.role, roles) ?? 'use a file name from `content/roles/`');
  }
  const role = rolePage.data as Role | undefined;
  if (!role) throw new CommandError(`\`${rolePage.path}\` has errors`, 'fix them first; `npm run check` shows them');
  const from = options.from ?? role.holder;
  const to = options.to ?? role.successor ?? role.backup;
  if (to === undefined) throw usageError('new', `Missing \`--to <person>\`: role \`${options.role}\` names no successor or backup to take it over`);
  requirePerson(handbook, from, 'from');
  requirePerson(handbook, to, 'to', { why: 'hand over to' });
  if (from === to) throw usageError('new', `The handover would go from \`${from}\` to \`${from}\`; name the successor with \`--to <person>\``);
  const due = dateOption('new', 'due', options.due) ?? addInterval(base.today, '30d');
  return { ...base, role: options.role, from, to, due };
}

/** A partner agreement: the partner (the title by default), its kind and its term (a year from today by default). */
export function partnerInputs(base: PageInputs & { ownerPerson: Person | undefined }, options: NewOptions): PartnerInputs {
  const kinds = partnerSchema.shape.kind.options;
  const kind = options.kind ?? 'strategic-alliance';
  if (!(kinds as readonly string[]).includes(kind)) throw usageError('new', `\`--kind ${kind}\` is not a kind of agreement; ${didYouMean(kind, kinds) ?? `use ${kinds.map((option) => `\`${option}\``).join(', ')}`}`);
  const start = dateOption('new', 'start', options.start) ?? base.today;
  const end = dateOption('new', 'end', options.end) ?? addInterval(start, '1y');
  if (end < start) throw usageError('new', `\`--end ${end}\` is before the start, ${start}`);
  return { ...base, partner: options.partner ?? base.title, kind, start, end, escalationPerson: base.ownerPerson ? base.owner : undefined };
}

/** A person: their team, and where they work (the site's time zone unless `--timezone` says otherwise). */
export function personInputs(handbook: Handbook, name: string, id: string, options: NewOptions): PersonInputs {
  if (options.team === undefined) throw usageError('new', 'Missing `--team <team>`: every person belongs to a team');
  requireTeam(handbook, options.team);
  return { name, team: options.team, region: requireRegion(options.region ?? 'global'), timezone: options.timezone ?? handbook.config.site.time_zone, handle: options.handle ?? `@${id}` };
}

function requireTeam(handbook: Handbook, team: string): void {
  if (team in handbook.config.teams) return;
  throw new CommandError(`\`--team ${team}\` is not a team`, didYouMean(team, Object.keys(handbook.config.teams)) ?? 'use a team id from `teams` in `baton.config.yml`');
}

function requireRegion(value: string): string {
  if (regionSchema.safeParse(value).success) return value;
  throw usageError('new', `\`--region ${value}\` is not a region; use ${regionSchema.options.map((option) => `\`${option}\``).join(', ')}`);
}
