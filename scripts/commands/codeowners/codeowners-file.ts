/**
 * The `.github/CODEOWNERS` a handbook implies, for the commands that write it: `codeowners`, and `new`,
 * which adds the line of the page it creates so that `npm run check` (`codeowners-drift`) still passes.
 * A page whose owner cannot be read is never left out quietly: that would drop its required review.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Finding } from '../../../src/lib/diagnostic.ts';
import { CODEOWNERS_PATH, renderCodeowners, type OwnedPage } from '../../../src/lib/judging/codeowners.ts';
import { RULES } from '../../../src/lib/rules.ts';
import { ownerId } from '../../../src/schemas/fields.ts';
import type { Person } from '../../../src/schemas/index.ts';
import { CommandError } from '../cli.ts';
import type { FileChange } from '../file-changes.ts';
import { inHandbook, type Handbook, type HandbookFile } from '../handbook.ts';

/** A page being created, which the handbook as read does not hold yet. */
export interface AddedPage {
  path: string;
  /** Its owner (a page of any type but a person). */
  owner?: string;
  /** The person it adds to the directory (a person page): a team's members may be asked to review. */
  person?: { id: string; data: Person };
}

/** The CODEOWNERS text for every page, and how many pages it names; refuses when an owner cannot be read. */
export function plannedCodeowners(handbook: Handbook, added?: AddedPage): { text: string; pages: number } {
  const pages: OwnedPage[] = [];
  const unreadable: { path: string; finding: Finding }[] = [];
  for (const file of handbook.pages) {
    if (file.collection === 'people') continue;
    const owner = readableOwner(file);
    if (owner === undefined) unreadable.push({ path: file.path, finding: whyUnreadable(file) });
    else pages.push({ path: file.path, owner });
  }
  if (unreadable.length > 0) throw unreadableOwners(unreadable);
  if (added?.owner !== undefined) pages.push({ path: added.path, owner: added.owner });
  const people = added?.person ? new Map([...handbook.people, [added.person.id, added.person.data]]) : handbook.people;
  return { text: renderCodeowners(pages, { people, teams: handbook.config.teams }), pages: pages.length };
}

/** The committed CODEOWNERS text, or undefined when the handbook has none. */
export function committedCodeowners(handbook: Handbook): string | undefined {
  const target = inHandbook(handbook, CODEOWNERS_PATH);
  return existsSync(target) ? readFileSync(target, 'utf8') : undefined;
}

/** The change to a committed CODEOWNERS file that creating `added` implies; none when there is no file or nothing changes. */
export function codeownersChange(handbook: Handbook, added: AddedPage): FileChange | undefined {
  const committed = committedCodeowners(handbook);
  if (committed === undefined) return undefined;
  const { text } = plannedCodeowners(handbook, added);
  if (text === committed) return undefined;
  return { path: CODEOWNERS_PATH, absolutePath: inHandbook(handbook, CODEOWNERS_PATH), text, create: false, notes: lineDifferences(committed, text).map((line) => line.trimEnd()) };
}

/** Lines only in the committed file (`- `) and only in the expected one (`+ `), each ending in a newline. */
export function lineDifferences(committed: string, expected: string): string[] {
  const before = new Set(committed.split('\n').filter(Boolean));
  const after = new Set(expected.split('\n').filter(Boolean));
  const removed = [...before].filter((line) => !after.has(line)).map((line) => `- ${line}\n`);
  const added = [...after].filter((line) => !before.has(line)).map((line) => `+ ${line}\n`);
  return [...removed, ...added];
}

/** The owner a page names, as long as it is an id: the page's line can be written even if other fields are wrong. */
function readableOwner(file: HandbookFile): string | undefined {
  const owner = (file.data ?? file.rawData)?.owner;
  return typeof owner === 'string' && ownerId.safeParse(owner).success ? owner : undefined;
}

/** The rules whose errors stop a page's frontmatter being read. */
const READING_RULES: ReadonlySet<string> = new Set([RULES.fileEncoding.id, RULES.frontmatter.id, RULES.schema.id]);

/** Why a page's owner cannot be read: the problem at its `owner` field, else the first that stopped the frontmatter being read. */
function whyUnreadable(file: HandbookFile): Finding {
  const errors = file.problems.filter((problem) => problem.severity === 'error' && READING_RULES.has(problem.ruleId));
  const problem = errors.find((candidate) => candidate.message.includes('`owner`')) ?? errors[0];
  if (problem) return { line: problem.line, column: problem.column, message: problem.message, hint: problem.hint };
  return { line: 1, column: 1, message: 'Page has no `owner` that can be read', hint: 'add `owner: <person-or-team>` to its frontmatter' };
}

/** The refusal: every page whose owner cannot be read, compiler style, then what was not written and why. */
function unreadableOwners(unreadable: readonly { path: string; finding: Finding }[]): CommandError {
  const lines = unreadable.map(({ path, finding }) => `${path}:${finding.line}:${finding.column}: ${finding.message}${finding.hint ? `; ${finding.hint}` : ''}`);
  const what = unreadable.length === 1 ? 'a page whose owner cannot be read, and nobody would be asked to review it' : `${unreadable.length} pages whose owners cannot be read, and nobody would be asked to review them`;
  return new CommandError(`${lines.join('\n')}\n\`${CODEOWNERS_PATH}\` would leave out ${what}`, 'fix the frontmatter first (`npm run check` shows every problem), then run the command again');
}
