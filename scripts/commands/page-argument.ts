/** Turns a file named on the command line into a page of the handbook, or explains why it is not one. */
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { closestMatch } from '../../src/lib/printing/did-you-mean.ts';
import { CommandError } from './cli.ts';
import type { Handbook, HandbookFile } from './handbook.ts';

/** The reviewed page at `argument` (relative to the handbook root); people and partials are refused. */
export function resolvePage(handbook: Handbook, argument: string): HandbookFile {
  const absolute = resolve(handbook.root, argument);
  const path = relative(handbook.root, absolute).split(sep).join('/');
  const page = handbook.pages.find((file) => file.path === path);
  if (page?.collection === 'people') throw new CommandError(`\`${path}\` is a person, and people are not reviewed`, 'name a playbook, role, handover or partner page');
  if (page) return page;
  const pages = handbook.pages.filter((file) => file.collection !== 'people').map((file) => file.path);
  if (!existsSync(absolute)) {
    const suggestion = closestMatch(path, pages);
    throw new CommandError(`\`${argument}\` does not exist`, suggestion ? `did you mean \`${suggestion}\`?` : 'give the path of a page under `content/`, relative to the handbook root');
  }
  throw new CommandError(`\`${path}\` is not a page of the handbook`, 'name a `.md` or `.mdx` file under `content/playbooks/`, `roles/`, `handovers/` or `partners/`');
}
