/** `npm run review -- <file...> [--by <person>] [--date YYYY-MM-DD]`: records that pages were reviewed. */
import { daysBetween, todayIn } from '../../../src/lib/calendar.ts';
import { CommandError, dateOption, parseCommandArgs, runCommand, usageError, type CommandEnvironment, type CommandOutput } from '../cli.ts';
import { describeChanges, dryRunNote, writeChanges, type FileChange } from '../file-changes.ts';
import { loadHandbook } from '../handbook.ts';
import { resolvePage } from '../page-argument.ts';
import { requirePerson } from '../people.ts';
import { planReview } from './plan-review.ts';

/** The `--help` text. */
export const REVIEW_HELP = `Usage: npm run review -- <file...> [options]

Records a review of each page: sets \`last_reviewed\` to the day of the review and, with --by, adds
the reviewer to \`reviewers\` when they are not the owner or listed already. Nothing else in the
file changes. A review is its own event: editing a page never counts as reviewing it.

Options:
  --by <person>        Who reviewed the pages (a file name from content/people/).
  --date <YYYY-MM-DD>  The day of the review (default: today). Never in the future.
  --today <YYYY-MM-DD> Take this day as today (default: today in site.time_zone).
  --dry-run            Print what would change and write nothing.
  --help               Show this help.

Example:
  npm run review -- content/playbooks/freedom-to-operate-check.md --by ada-okafor

Exit codes: 0 recorded (or nothing to record), 1 refused (nothing written), 2 bad usage.
`;

/** Runs `review` with `args` in the handbook at `environment.root`. */
export function reviewCommand(args: readonly string[], environment: CommandEnvironment): Promise<CommandOutput> {
  return runCommand(async () => {
    const { values, positionals } = parseCommandArgs('review', args, {
      by: { type: 'string' },
      date: { type: 'string' },
      today: { type: 'string' },
      'dry-run': { type: 'boolean' },
    });
    if (values.help) return { stdout: REVIEW_HELP };
    if (positionals.length === 0) throw usageError('review', 'Name at least one page to record a review of');
    const givenToday = dateOption('review', 'today', values.today as string | undefined);
    const givenDate = dateOption('review', 'date', values.date as string | undefined);

    const handbook = await loadHandbook(environment.root);
    const today = givenToday ?? todayIn(handbook.config.site.time_zone);
    const date = givenDate ?? today;
    if (daysBetween(today, date) > 0) throw new CommandError(`\`--date ${date}\` is in the future`, 'record a review on the day it happens, or after');
    const by = values.by as string | undefined;
    if (by !== undefined) requirePerson(handbook, by, 'by', { why: 'name' });

    const pages = [...new Map(positionals.map((argument) => resolvePage(handbook, argument)).map((page) => [page.path, page])).values()];
    const changes = pages.map((page) => planReview(page, { date, today, ...(by !== undefined && { by }) })).filter((change): change is FileChange => change !== undefined);
    const dryRun = values['dry-run'] === true;
    if (changes.length === 0) return { stdout: `Nothing to record: ${pages.length === 1 ? 'the page already shows' : 'every page already shows'} a review on ${date}${by ? ` with ${by} among its reviewers` : ''}.\n` };
    if (!dryRun) writeChanges(changes);
    const summary = `Recorded a review on ${date}${by ? ` by ${by}` : ''} of ${changes.length} page${changes.length === 1 ? '' : 's'}.\n`;
    return { stdout: describeChanges(changes) + summary + dryRunNote(dryRun) };
  });
}
