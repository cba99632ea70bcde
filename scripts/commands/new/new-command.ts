/** `npm run new -- <type> "<title>" --owner <id>`: writes a new page from its type's template. */
import { todayIn } from '../../../src/lib/calendar.ts';
import { didYouMean } from '../../../src/lib/printing/did-you-mean.ts';
import { readEntry } from '../../../src/lib/reading/read-entry.ts';
import { RULES } from '../../../src/lib/rules.ts';
import { KEBAB_CASE } from '../../../src/schemas/fields.ts';
import type { CollectionName, Person } from '../../../src/schemas/index.ts';
import { CommandError, dateOption, EXIT_REFUSED, EXIT_TOOL_FAILED, parseCommandArgs, runCommand, usageError, type CommandEnvironment, type CommandOutput } from '../cli.ts';
import { describeChanges, dryRunNote, writeChanges, type FileChange } from '../file-changes.ts';
import { codeownersChange } from '../codeowners/codeowners-file.ts';
import { findPage, inHandbook, loadHandbook, type Handbook } from '../handbook.ts';
import { handoverInputs, pageInputs, partnerInputs, personInputs, playbookInputs, refuseForeignOptions, roleInputs, type NewOptions } from './page-inputs.ts';
import { idFromTitle } from './page-id.ts';
import { collectionOfType, PAGE_TYPE_NAMES } from './page-types.ts';
import { glossaryTemplate, handoverTemplate, partnerTemplate, personTemplate, playbookTemplate, roleTemplate } from './templates.ts';

/** The `--help` text. */
export const NEW_HELP = `Usage: npm run new -- <type> "<title>" --owner <person-or-team> [options]

Writes a new page from its type's template: valid frontmatter (today as \`last_reviewed\`, the
type's review interval, \`status: draft\`), placeholder sentences that say what to write, and a file
name made from the title. Never writes over an existing file. When the handbook has a
.github/CODEOWNERS file, adds the new page's line to it. The page passes \`npm run check\` as
written; fill it in, then set \`status: active\`.

Types: playbook, role, handover, partner, person, term (a glossary term).

Options for every page (not a person):
  --owner <id>            Who keeps the page current: a person or a team (required).
  --status draft          A new page is always a draft; set \`status: active\` once its
                          placeholders are written.
  --review-every <span>   How often it is reviewed: 90d, 6w, 6m, 1y (default per type).
Options by type:
  playbook   --functions <list>   Functions that take part, comma-separated (default knowledge-management).
  role       --holder <person>    Who holds it (default: the owner, when a person).
             --team, --region, --timezone   (default: the owning team, the holder's region and zone)
  handover   --role <role>        The role handed over (required).
             --from <person>      Who hands over (default: the role's holder).
             --to <person>        Who takes over (default: the role's successor, else its backup).
             --due <YYYY-MM-DD>   When it must be complete (default: 30 days from today).
  partner    --partner <name>     The partner organisation (default: the title).
             --kind <kind>        joint-venture, strategic-alliance (default), licensing,
                                  research-collaboration.
             --start, --end <YYYY-MM-DD>   The term (default: a year from today).
  person     --team <team> (required), --handle <@handle> (default @<id>),
             --region <region> (default global), --timezone <zone> (default site.time_zone).
Other options:
  --id <id>               The file name, when the one made from the title will not do.
  --today <YYYY-MM-DD>    Take this day as today (default: today in site.time_zone).
  --dry-run               Print the page and write nothing.
  --help                  Show this help.

Examples:
  npm run new -- playbook "Freedom-to-operate check" --owner ada-okafor --functions legal,ip
  npm run new -- handover "Handover: IP Counsel" --owner knowledge --role ip-counsel --to jonas-weber
  npm run new -- term "Prior use" --owner ip-legal

Exit codes: 0 written, 1 refused (nothing written), 2 bad usage.
`;

/** Runs `new` with `args` in the handbook at `environment.root`. */
export function newCommand(args: readonly string[], environment: CommandEnvironment): Promise<CommandOutput> {
  return runCommand(async () => {
    const { values, positionals } = parseCommandArgs('new', args, {
      owner: { type: 'string' },
      status: { type: 'string' },
      'review-every': { type: 'string' },
      functions: { type: 'string' },
      holder: { type: 'string' },
      team: { type: 'string' },
      region: { type: 'string' },
      timezone: { type: 'string' },
      role: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      due: { type: 'string' },
      partner: { type: 'string' },
      kind: { type: 'string' },
      start: { type: 'string' },
      end: { type: 'string' },
      handle: { type: 'string' },
      id: { type: 'string' },
      today: { type: 'string' },
      'dry-run': { type: 'boolean' },
    });
    if (values.help) return { stdout: NEW_HELP };
    const [typeName, title, ...extra] = positionals;
    if (typeName === undefined) throw usageError('new', 'Name the type of page: playbook, role, handover, partner, person or term');
    const collection = collectionOfType(typeName);
    if (!collection) throw usageError('new', `\`${typeName}\` is not a type of page; ${didYouMean(typeName, [...Object.values(PAGE_TYPE_NAMES), ...Object.keys(PAGE_TYPE_NAMES)]) ?? 'use playbook, role, handover, partner, person or term'}`);
    if (title === undefined || title.trim() === '') throw usageError('new', `Give the new ${PAGE_TYPE_NAMES[collection]} a title in quotes: npm run new -- ${PAGE_TYPE_NAMES[collection]} "Its title"`);
    if (extra.length > 0) throw usageError('new', `Unexpected argument \`${extra[0]}\`; put the title in quotes`);
    // `--id`, `--today` and `--dry-run` apply to every type; the rest say what goes on the page.
    const { id: givenId, today: todayOption, 'dry-run': dryRunOption, help: _help, ...typeOptions } = values as NewOptions & { id?: string; today?: string; 'dry-run'?: boolean; help?: boolean };
    refuseForeignOptions(collection, typeOptions, PAGE_TYPE_NAMES[collection]);
    const givenToday = dateOption('new', 'today', todayOption);

    const handbook = await loadHandbook(environment.root);
    const today = givenToday ?? todayIn(handbook.config.site.time_zone);
    const id = givenId ?? idFromTitle(title);
    if (!KEBAB_CASE.test(id)) throw usageError('new', givenId === undefined ? `The title \`${title}\` has no letters or digits to make a file name from; give one with \`--id <kebab-case-id>\`` : `\`--id ${id}\` is not a kebab-case id like \`freedom-to-operate-check\``);
    const { change, data } = plannedPage(handbook, collection, id, render(handbook, collection, title.trim(), id, typeOptions, today));
    // The new page's line in a committed CODEOWNERS, so that `check` (`codeowners-drift`) passes as it did.
    const codeowners = codeownersChange(handbook, collection === 'people' ? { path: change.path, person: { id, data: data as Person } } : { path: change.path, owner: String(data.owner) });
    const changes = codeowners ? [change, codeowners] : [change];
    const dryRun = dryRunOption === true;
    if (!dryRun) writeChanges(changes);
    const next = collection === 'people' ? 'then run `npm run check`' : 'fill in the placeholders, run `npm run check`, and set `status: active` when it is ready';
    const written = codeowners ? `Created ${change.path} and updated ${codeowners.path}` : `Created ${change.path}`;
    return { stdout: `${describeChanges(changes)}${dryRun ? `\n${change.text}\n` : `${written}; ${next}.\n`}${dryRunNote(dryRun)}` };
  });
}

function render(handbook: Handbook, collection: CollectionName, title: string, id: string, options: NewOptions, today: string): string {
  if (collection === 'people') return personTemplate(personInputs(handbook, title, id, options));
  const base = pageInputs(handbook, collection, title, options, today);
  if (collection === 'playbooks') return playbookTemplate(playbookInputs(base, options));
  if (collection === 'roles') return roleTemplate(roleInputs(handbook, base, options));
  if (collection === 'handovers') return handoverTemplate(handoverInputs(handbook, base, options));
  if (collection === 'glossary') return glossaryTemplate(base);
  return partnerTemplate(partnerInputs(base, options));
}

/** The new file and its frontmatter, refused when a page with its id exists; checked against the schema before it is written. */
function plannedPage(handbook: Handbook, collection: CollectionName, id: string, text: string): { change: FileChange; data: Record<string, unknown> } {
  const existing = findPage(handbook, collection, id);
  const path = `content/${collection}/${id}.md`;
  if (existing) throw new CommandError(`\`${existing.path}\` already exists, and \`new\` never writes over a page`, 'choose another title, or give the file name with `--id <id>`');
  const read = readEntry(collection, path, new TextEncoder().encode(text));
  const problem = read.problems.find((candidate) => candidate.severity === 'error');
  if (problem) {
    // Options are checked one by one before this; what is left is a value only the schema judges, such as a handle.
    throw new CommandError(`The new page would not pass the check: ${problem.message}`, problem.hint ?? 'check the options you gave', problem.ruleId === RULES.schema.id ? EXIT_REFUSED : EXIT_TOOL_FAILED);
  }
  const data = read.data as Record<string, unknown>;
  return { change: { path, absolutePath: inHandbook(handbook, path), text, create: true, notes: [describeNewPage(collection, data)] }, data };
}

/** `new playbook owned by ada-okafor, reviewed 2026-11-23 and every 6m, status draft`. */
function describeNewPage(collection: CollectionName, data: Record<string, unknown>): string {
  if (collection === 'people') return `new person in team ${data.team}, handle ${data.handle}`;
  return `new ${PAGE_TYPE_NAMES[collection]} owned by ${data.owner}, reviewed ${data.last_reviewed} and every ${data.review_every}, status ${data.status}`;
}
