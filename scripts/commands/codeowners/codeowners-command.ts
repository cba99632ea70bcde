/** `npm run codeowners`: writes `.github/CODEOWNERS` from the owner of every page. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CODEOWNERS_PATH, renderCodeowners, type OwnedPage } from '../../../src/lib/judging/codeowners.ts';
import { EXIT_REFUSED, parseCommandArgs, runCommand, usageError, type CommandEnvironment, type CommandOutput } from '../cli.ts';
import { dryRunNote } from '../file-changes.ts';
import { inHandbook, loadHandbook, type Handbook } from '../handbook.ts';

/** The `--help` text. */
export const CODEOWNERS_HELP = `Usage: npm run codeowners -- [options]

Writes ${CODEOWNERS_PATH} from the \`owner\` of every page, so that a pull request that changes a
page asks its owner to review: a person by their \`handle\`, a team by its \`handle\` in
baton.config.yml, or, for a team without one, by the handles of its members who are still here.
Commit the file; \`--check\`, run on every pull request, fails when it no longer matches the content.

Options:
  --check    Write nothing; exit 1 when the file differs from what the content implies.
  --dry-run  Print the file and write nothing.
  --help     Show this help.

Exit codes: 0 written (or up to date), 1 out of date with --check, 2 bad usage.
`;

/** Runs `codeowners` with `args` in the handbook at `environment.root`. */
export function codeownersCommand(args: readonly string[], environment: CommandEnvironment): Promise<CommandOutput> {
  return runCommand(async () => {
    const { values, positionals } = parseCommandArgs('codeowners', args, { check: { type: 'boolean' }, 'dry-run': { type: 'boolean' } });
    if (values.help) return { stdout: CODEOWNERS_HELP };
    if (positionals.length > 0) throw usageError('codeowners', `Unexpected argument \`${positionals[0]}\``);
    const handbook = await loadHandbook(environment.root);
    const { pages, skipped } = ownedPages(handbook);
    const text = renderCodeowners(pages, { people: handbook.people, teams: handbook.config.teams });
    const stderr = skipped.map((path) => `Left out ${path}: its frontmatter has errors, which \`npm run check\` shows.\n`).join('');
    const target = inHandbook(handbook, CODEOWNERS_PATH);
    const committed = existsSync(target) ? readFileSync(target, 'utf8') : undefined;

    if (values.check) {
      if (committed === text) return { stdout: `${CODEOWNERS_PATH} matches the content.\n`, stderr };
      const summary = committed === undefined ? `${CODEOWNERS_PATH} does not exist` : `${CODEOWNERS_PATH} does not match the content`;
      return { exitCode: EXIT_REFUSED, stdout: lineDifferences(committed ?? '', text), stderr: `${stderr}${summary}; run \`npm run codeowners\` and commit the result\n` };
    }
    if (values['dry-run']) return { stdout: `${text}${dryRunNote(true)}`, stderr };
    if (committed === text) return { stdout: `${CODEOWNERS_PATH} is up to date (${pages.length} pages).\n`, stderr };
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    return { stdout: `Wrote ${CODEOWNERS_PATH}: ${pages.length} pages; commit it with your change.\n`, stderr };
  });
}

/** Every reviewed page with a readable owner; pages with errors are left out and named. */
function ownedPages(handbook: Handbook): { pages: OwnedPage[]; skipped: string[] } {
  const pages: OwnedPage[] = [];
  const skipped: string[] = [];
  for (const file of handbook.pages) {
    if (file.collection === 'people') continue;
    const owner = (file.data as { owner?: string } | undefined)?.owner;
    if (owner === undefined) skipped.push(file.path);
    else pages.push({ path: file.path, owner });
  }
  return { pages, skipped };
}

/** Lines only in the committed file (`-`) and only in the expected one (`+`). */
function lineDifferences(committed: string, expected: string): string {
  const before = new Set(committed.split('\n').filter(Boolean));
  const after = new Set(expected.split('\n').filter(Boolean));
  const removed = [...before].filter((line) => !after.has(line)).map((line) => `- ${line}\n`);
  const added = [...after].filter((line) => !before.has(line)).map((line) => `+ ${line}\n`);
  return [...removed, ...added].join('');
}
