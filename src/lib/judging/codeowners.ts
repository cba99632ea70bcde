/**
 * The forge's CODEOWNERS file as the content implies it: each page asks its owner to review a change,
 * by the owner's handle, or a team's handle, or (for a team without one) its members' handles. The
 * `codeowners` command writes it; the `codeowners-drift` rule reads it back with the forge's own
 * matching (the last pattern that matches a path wins) and compares.
 */
import type { ProjectConfig } from '../../schemas/config.ts';
import type { Person } from '../../schemas/index.ts';

/** Where the forge looks for the file, relative to the repository root. */
export const CODEOWNERS_PATH = '.github/CODEOWNERS';

/** A page and the owner its frontmatter names. */
export interface OwnedPage {
  /** Path relative to the repository root, forward slashes: `content/playbooks/fto.md`. */
  path: string;
  owner: string;
}

/** What resolving owners needs: the people directory and the teams of `baton.config.yml`. */
export interface OwnerDirectory {
  people: ReadonlyMap<string, Pick<Person, 'handle' | 'team' | 'status'>>;
  teams: ProjectConfig['teams'];
}

/** Who the forge should ask to review a page, and why no one when no one can be asked. */
export interface ResolvedOwners {
  handles: string[];
  /** Set when `handles` is empty: why nobody can be asked. */
  nobody?: string;
}

/** The handles that review a change to a page owned by `owner`, as `@name` or `@org/team`. */
export function resolveOwners(owner: string, directory: OwnerDirectory): ResolvedOwners {
  const person = directory.people.get(owner);
  if (person) return person.status === 'left' ? { handles: [], nobody: `owner \`${owner}\` has left` } : { handles: [withAt(person.handle)] };
  const team = directory.teams[owner];
  if (!team) return { handles: [], nobody: `owner \`${owner}\` is not in the people directory or a team` };
  if (team.handle) return { handles: [withAt(team.handle)] };
  const members = [...directory.people.entries()]
    .filter(([, member]) => member.team === owner && member.status !== 'left')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, member]) => withAt(member.handle));
  return members.length > 0 ? { handles: [...new Set(members)] } : { handles: [], nobody: `team \`${owner}\` has no \`handle\` and no members who are still here` };
}

const HEADER = [
  '# Written by `npm run codeowners` from the `owner` of every page under content/: a pull request that',
  '# changes a page asks its owner to review. Do not edit it by hand. Change an `owner`, a person\'s',
  '# `handle` or a team\'s `handle` in baton.config.yml, then run `npm run codeowners` again;',
  '# `npm run codeowners -- --check` fails when this file no longer matches the content.',
];

/** The whole CODEOWNERS text for `pages`, one line per page in path order. */
export function renderCodeowners(pages: readonly OwnedPage[], directory: OwnerDirectory): string {
  const lines = [...HEADER, ''];
  for (const page of [...pages].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const { handles, nobody } = resolveOwners(page.owner, directory);
    if (nobody) lines.push(`# No one to ask for ${page.path}: ${nobody}.`);
    lines.push([escapePath(`/${page.path}`), ...handles].join(' '));
  }
  return `${lines.join('\n')}\n`;
}

/** One rule of a CODEOWNERS file: a pattern, the owners it names, and its line. */
export interface CodeownersRule {
  pattern: string;
  owners: string[];
  line: number;
  matches: (path: string) => boolean;
}

/** The rules of a CODEOWNERS text, in file order; comments and blank lines are skipped. */
export function parseCodeowners(text: string): CodeownersRule[] {
  const rules: CodeownersRule[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    // A pattern may contain escaped spaces (`\ `); owners never contain spaces; `#` after a space starts a comment.
    const fields = line.replace(/\s+#.*$/, '').split(/(?<!\\)\s+/);
    const pattern = fields[0]!;
    const owners = fields.slice(1);
    rules.push({ pattern, owners, line: index + 1, matches: patternMatcher(pattern) });
  });
  return rules;
}

/** The rule that decides who owns `path`: the last one that matches, as on the forge. */
export function ruleFor(rules: readonly CodeownersRule[], path: string): CodeownersRule | undefined {
  return rules.findLast((rule) => rule.matches(path));
}

/** Whether two lists of handles name the same reviewers (order and `@`-less spelling aside). */
export function sameOwners(a: readonly string[], b: readonly string[]): boolean {
  const normal = (list: readonly string[]) => [...new Set(list.map((handle) => withAt(handle).toLowerCase()))].sort().join(' ');
  return normal(a) === normal(b);
}

function withAt(handle: string): string {
  return handle.startsWith('@') ? handle : `@${handle}`;
}

function escapePath(path: string): string {
  return path.replace(/([\\\s#*?[\]!])/g, '\\$1');
}

/** A gitignore-style pattern as the forge reads it in CODEOWNERS. */
function patternMatcher(pattern: string): (path: string) => boolean {
  const directory = pattern.endsWith('/');
  const body = pattern.replace(/^\//, '').replace(/\/$/, '');
  const anchored = pattern.startsWith('/') || body.includes('/');
  let source = '';
  for (let index = 0; index < body.length; index += 1) {
    const character = body[index]!;
    if (character === '\\' && index + 1 < body.length) source += escapeRegExp(body[++index]!);
    else if (character === '*' && body[index + 1] === '*') {
      // `**/` is any number of folders, none included; a trailing `**` is everything below.
      const folders = body[index + 2] === '/';
      source += folders ? '(?:.*/)?' : '.*';
      index += folders ? 2 : 1;
    } else if (character === '*') source += '[^/]*';
    else if (character === '?') source += '[^/]';
    else source += escapeRegExp(character);
  }
  const expression = new RegExp(`${anchored ? '^' : '(?:^|/)'}${source}${directory ? '/.*' : '(?:/.*)?'}$`);
  return (path) => expression.test(path.replace(/^\//, ''));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
