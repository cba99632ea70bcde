/** `npm run handover -- --from <person> --to <person> [--role <id>]`: moves a person's responsibilities to another. */
import { didYouMean } from '../../../src/lib/printing/did-you-mean.ts';
import { CommandError, parseCommandArgs, runCommand, usageError, type CommandEnvironment, type CommandOutput } from '../cli.ts';
import { describeChanges, dryRunNote, writeChanges } from '../file-changes.ts';
import { findPage, loadHandbook, type Handbook, type HandbookFile } from '../handbook.ts';
import { requirePerson } from '../people.ts';
import { planHandover, type PlannedHandover } from './plan-handover.ts';

/** The `--help` text. */
export const HANDOVER_HELP = `Usage: npm run handover -- --from <person> --to <person> [options]

Moves everything a person owns, reviews, holds or stands in for to another person, across the
whole handbook: owner, reviewers, role holder, backup, successor, a handover's successor and
mentor, escalation contacts. Review dates stay as they are, and so does the record of past
handovers: \`from\` of every handover, \`to\` and \`mentor\` of a completed one. Prints every field
it changed.

Options:
  --from <person>  The person handing over (a file name from content/people/).
  --to <person>    The person taking over; must not have left.
  --role <id>      Hand over one role only: its role page and the handovers of that role.
  --dry-run        Print what would change and write nothing.
  --help           Show this help.

Example:
  npm run handover -- --from helena-brandt --to ada-okafor

Exit codes: 0 handed over (or nothing to hand over), 1 refused (nothing written), 2 bad usage.
`;

/** Runs `handover` with `args` in the handbook at `environment.root`. */
export function handoverCommand(args: readonly string[], environment: CommandEnvironment): Promise<CommandOutput> {
  return runCommand(async () => {
    const { values, positionals } = parseCommandArgs('handover', args, {
      from: { type: 'string' },
      to: { type: 'string' },
      role: { type: 'string' },
      'dry-run': { type: 'boolean' },
    });
    if (values.help) return { stdout: HANDOVER_HELP };
    if (positionals.length > 0) throw usageError('handover', `Unexpected argument \`${positionals[0]}\`; name the people with \`--from\` and \`--to\``);
    const from = values.from as string | undefined;
    const to = values.to as string | undefined;
    if (from === undefined || to === undefined) throw usageError('handover', `Missing ${from === undefined ? '`--from <person>`' : '`--to <person>`'}`);
    if (from === to) throw usageError('handover', `\`--from\` and \`--to\` are both \`${from}\``);

    const handbook = await loadHandbook(environment.root);
    requirePerson(handbook, from, 'from');
    requirePerson(handbook, to, 'to', { why: 'hand over to' });
    const role = values.role as string | undefined;
    const pages = pagesInScope(handbook, role);

    const planned = pages.map((page) => planHandover(page, { from, to })).filter((plan): plan is PlannedHandover => plan !== undefined);
    if (planned.length === 0) return { stdout: `Nothing to hand over: ${from} owns, reviews and holds nothing${role ? ` in role \`${role}\`` : ''}.\n` };
    const dryRun = values['dry-run'] === true;
    const changes = planned.map((plan) => plan.change);
    if (!dryRun) writeChanges(changes);
    const moved = planned.reduce((sum, plan) => sum + plan.moved, 0);
    const warnings = planned.flatMap((plan) => plan.warnings).map((warning) => `Check: ${warning}.\n`);
    const summary = `Handed over ${moved} responsibilit${moved === 1 ? 'y' : 'ies'} in ${changes.length} file${changes.length === 1 ? '' : 's'} from ${from} to ${to}; review dates are unchanged.\n`;
    return { stdout: describeChanges(changes) + summary + warnings.join('') + dryRunNote(dryRun) };
  });
}

/** Every reviewed page, or with `--role` the role page and the handovers of that role. */
function pagesInScope(handbook: Handbook, role: string | undefined): HandbookFile[] {
  const pages = handbook.pages.filter((file) => file.collection !== 'people');
  if (role === undefined) return pages;
  if (!findPage(handbook, 'roles', role)) {
    const roles = pages.filter((file) => file.collection === 'roles').map((file) => file.id);
    throw new CommandError(`\`--role ${role}\` is not a role of the handbook`, didYouMean(role, roles) ?? 'use a file name from `content/roles/`');
  }
  return pages.filter((file) => (file.collection === 'roles' && file.id === role) || (file.collection === 'handovers' && file.data && (file.data as { role: string }).role === role));
}
