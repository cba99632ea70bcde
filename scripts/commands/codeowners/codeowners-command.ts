/** `npm run codeowners`: writes `.github/CODEOWNERS` from the owner of every page. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CODEOWNERS_PATH } from '../../../src/lib/judging/codeowners.ts';
import { EXIT_REFUSED, parseCommandArgs, runCommand, usageError, type CommandEnvironment, type CommandOutput } from '../cli.ts';
import { dryRunNote } from '../file-changes.ts';
import { inHandbook, loadHandbook } from '../handbook.ts';
import { committedCodeowners, lineDifferences, plannedCodeowners } from './codeowners-file.ts';

/** The `--help` text. */
export const CODEOWNERS_HELP = `Usage: npm run codeowners -- [options]

Writes ${CODEOWNERS_PATH} from the \`owner\` of every page, so that a pull request that changes a
page asks its owner to review: a person by their \`handle\`, a team by its \`handle\` in
baton.config.yml, or, for a team without one, by the handles of its members who are still here.
Commit the file; \`--check\`, run on every pull request, fails when it no longer matches the content.
A page whose \`owner\` cannot be read is never left out: the command names it and stops.

Options:
  --check    Write nothing; exit 1 when the file differs from what the content implies.
  --dry-run  Print the file and write nothing.
  --help     Show this help.

Exit codes: 0 written (or up to date), 1 out of date with --check or a page's owner cannot be read,
2 bad usage.
`;

/** Runs `codeowners` with `args` in the handbook at `environment.root`. */
export function codeownersCommand(args: readonly string[], environment: CommandEnvironment): Promise<CommandOutput> {
  return runCommand(async () => {
    const { values, positionals } = parseCommandArgs('codeowners', args, { check: { type: 'boolean' }, 'dry-run': { type: 'boolean' } });
    if (values.help) return { stdout: CODEOWNERS_HELP };
    if (positionals.length > 0) throw usageError('codeowners', `Unexpected argument \`${positionals[0]}\``);
    const handbook = await loadHandbook(environment.root);
    // Refuses, whatever the mode, when a page's owner cannot be read: leaving it out would drop its review.
    const { text, pages } = plannedCodeowners(handbook);
    const committed = committedCodeowners(handbook);

    if (values.check) {
      if (committed === text) return { stdout: `${CODEOWNERS_PATH} matches the content.\n` };
      const summary = committed === undefined ? `${CODEOWNERS_PATH} does not exist` : `${CODEOWNERS_PATH} does not match the content`;
      return { exitCode: EXIT_REFUSED, stdout: lineDifferences(committed ?? '', text).join(''), stderr: `${summary}; run \`npm run codeowners\` and commit the result\n` };
    }
    if (values['dry-run']) return { stdout: `${text}${dryRunNote(true)}` };
    if (committed === text) return { stdout: `${CODEOWNERS_PATH} is up to date (${pages} pages).\n` };
    const target = inHandbook(handbook, CODEOWNERS_PATH);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    return { stdout: `Wrote ${CODEOWNERS_PATH}: ${pages} pages; commit it with your change.\n` };
  });
}
