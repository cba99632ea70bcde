/** `npm run report -- [--within 30d] [--format md|json]`: what needs attention, grouped by owner. */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { todayIn } from '../../../src/lib/calendar.ts';
import { didYouMean } from '../../../src/lib/printing/did-you-mean.ts';
import { interval } from '../../../src/schemas/fields.ts';
import { CommandError, EXIT_TOOL_FAILED, dateOption, parseCommandArgs, runCommand, usageError, type CommandEnvironment, type CommandOutput } from '../cli.ts';
import { dryRunNote } from '../file-changes.ts';
import { loadHandbook, type Handbook } from '../handbook.ts';
import { formatJson, formatMarkdown, issueBody } from './format-report.ts';
import { needsAttention, type AttentionItem, type ReportPage } from './needs-attention.ts';
import { BASELINE_FILE } from '../../../src/lib/judging/baseline.ts';
import { BaselineFileError, readBaseline } from '../../../src/lib/reading/baseline-file.ts';

/** The `--help` text. */
export const REPORT_HELP = `Usage: npm run report -- [options]

Lists what needs attention in the handbook, grouped by the owner who must act: reviews overdue and
due soon, people who have left still named on a page, succession gaps, handovers past due,
agreements ended or coming up for renewal, deliverables and milestones past due, partnership reviews,
review actions and KPI measurements past due, disputes that overstayed their escalation level and
missed obligations. The Markdown for
each owner is fit for the body of one tracking issue; JSON carries the same, for automation.

Options:
  --within <span>        Count reviews and renewal notices due within this as due soon, e.g. 30d
                         (default: check.due_soon and check.renewal_window in baton.config.yml).
  --format <format>      md (default) or json.
  --owner <id>           One owner only; with md, prints just the body of their issue.
  --out-dir <folder>     Write one <owner>.md issue body per owner into a new, empty folder.
  --today <YYYY-MM-DD>   Judge dates as of this day (default: today in site.time_zone).
  --dry-run              With --out-dir, print the files it would write and write nothing.
  --help                 Show this help.

Exit codes: 0 reported (whatever it found), 1 refused, 2 bad usage.
`;

const FORMATS = ['md', 'json'] as const;

/** Runs `report` with `args` in the handbook at `environment.root`. */
export function reportCommand(args: readonly string[], environment: CommandEnvironment): Promise<CommandOutput> {
  return runCommand(async () => {
    const { values, positionals } = parseCommandArgs('report', args, {
      within: { type: 'string' },
      format: { type: 'string' },
      owner: { type: 'string' },
      'out-dir': { type: 'string' },
      today: { type: 'string' },
      'dry-run': { type: 'boolean' },
    });
    if (values.help) return { stdout: REPORT_HELP };
    if (positionals.length > 0) throw usageError('report', `Unexpected argument \`${positionals[0]}\``);
    const format = (values.format as string | undefined) ?? 'md';
    if (!(FORMATS as readonly string[]).includes(format)) throw usageError('report', `\`--format ${format}\` is not a format; use \`md\` or \`json\``);
    const within = values.within as string | undefined;
    if (within !== undefined && !interval.safeParse(within).success) throw usageError('report', `\`--within ${within}\` is not an interval; write it like \`30d\`, \`6w\` or \`3m\``);
    const givenToday = dateOption('report', 'today', values.today as string | undefined);

    const handbook = await loadHandbook(environment.root);
    const today = givenToday ?? todayIn(handbook.config.site.time_zone);
    const window = { today, dueSoon: within ?? handbook.config.check.due_soon, renewal: within ?? handbook.config.check.renewal_window };
    const { pages, skipped } = reportPages(handbook);
    const names = new Map([...handbook.people].map(([id, person]) => [id, person.name]));
    let owners = needsAttention(pages, { people: handbook.people, teams: handbook.config.teams, names, handovers: handbook.handovers }, window, knownProblems(handbook));
    const owner = values.owner as string | undefined;
    if (owner !== undefined) {
      requireOwner(handbook, owner);
      owners = owners.filter((candidate) => candidate.owner === owner);
    }
    const stderr = skipped > 0 ? `Left out ${skipped} page${skipped === 1 ? '' : 's'} with errors; \`npm run check\` shows them.\n` : '';
    const links = { editUrl: handbook.config.site.edit_url };

    const outDir = values['out-dir'] as string | undefined;
    if (outDir !== undefined) {
      const folder = resolve(environment.root, outDir);
      if (existsSync(folder) && readdirSync(folder).length > 0) throw new CommandError(`\`${outDir}\` is not empty`, 'give a new or empty folder, so no issue body from an earlier run is mistaken for this one');
      const files = owners.map((entry) => ({ path: join(folder, `${entry.owner}.md`), text: issueBody(entry, today, links) }));
      if (values['dry-run'] !== true) {
        mkdirSync(folder, { recursive: true });
        for (const file of files) writeFileSync(file.path, file.text);
      }
      const shown = (path: string) => (relative(environment.root, path).startsWith('..') ? path : relative(environment.root, path).split('\\').join('/'));
      const listed = files.map((file) => `${shown(file.path)}\n`).join('');
      return { stdout: `${listed}${files.length === 0 ? 'Nothing needs attention; no files written.\n' : `${files.length} issue bod${files.length === 1 ? 'y' : 'ies'}.\n`}${dryRunNote(values['dry-run'] === true)}`, stderr };
    }
    if (format === 'json') return { stdout: formatJson(owners, window, links), stderr };
    if (owner !== undefined) return { stdout: owners[0] ? issueBody(owners[0], today, links) : `Nothing in the handbook needs attention from \`${owner}\` as of ${today}.\n`, stderr };
    return { stdout: formatMarkdown(owners, today, links), stderr };
  });
}

/** The findings of the handbook's baseline, each under the owner of its page. */
function knownProblems(handbook: Handbook): { owner: string; item: AttentionItem }[] {
  let entries;
  try {
    entries = readBaseline(join(handbook.root, BASELINE_FILE)) ?? [];
  } catch (error) {
    if (error instanceof BaselineFileError) throw new CommandError(error.message.replace(/; .*$/, ''), 'restore it from version control; `npm run check` says the same', EXIT_TOOL_FAILED);
    throw error;
  }
  return entries.flatMap((entry) => {
    const page = handbook.pages.find((candidate) => candidate.path === entry.file);
    const owner = typeof page?.data?.owner === 'string' ? page.data.owner : undefined;
    if (!page || owner === undefined) return [];
    const title = typeof page.data?.title === 'string' ? page.data.title : page.id;
    return [{ owner, item: { kind: entry.rule, path: entry.file, title, message: entry.message, action: 'fix it, then run `npm run check -- --update-baseline`', known: true as const } }];
  });
}

/** Every reviewed page with valid frontmatter, and how many were left out for errors. */
function reportPages(handbook: Handbook): { pages: ReportPage[]; skipped: number } {
  const pages: ReportPage[] = [];
  let skipped = 0;
  for (const file of handbook.pages) {
    if (file.collection === 'people') continue;
    if (file.data) pages.push({ path: file.path, collection: file.collection, id: file.id, data: file.data as Record<string, unknown> });
    else skipped += 1;
  }
  return { pages, skipped };
}

function requireOwner(handbook: Handbook, owner: string): void {
  if (handbook.personIds.has(owner) || owner in handbook.config.teams) return;
  throw new CommandError(`\`--owner ${owner}\` is not in the people directory or a team`, didYouMean(owner, [...handbook.personIds, ...Object.keys(handbook.config.teams)]) ?? 'use a file name from `content/people/` or a team id');
}
