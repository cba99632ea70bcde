/**
 * The preview's view of content errors, as Astro middleware that only `npm run dev` loads (see
 * `dev-preview.ts`). The content loader keeps the rest of the handbook browsable while a page has
 * errors and withholds the page itself; a request for that page gets Astro's error overlay with the
 * checker's own lines (file:line:col, message, fix, rule) instead of a bare 404. Once the page is
 * fixed, the loader stores it again and the page shows.
 */
import type { MiddlewareHandler } from 'astro';
import type { Diagnostic } from '../lib/diagnostic.ts';
import { entryHref } from '../lib/judging/link-target.ts';
import { entryIdFromPath } from '../lib/reading/entry-id.ts';
import { devProblems } from '../loaders/dev-problems.ts';
import { HandbookError } from '../loaders/handbook-gate.ts';
import { collectionNames, type CollectionName } from '../schemas/index.ts';

/** The site path of the page a content file is, or undefined for a file that is no page. */
export function pagePathOf(file: string): string | undefined {
  const [folder, collection, ...rest] = file.split('/');
  if (folder !== 'content' || rest.length === 0 || !(collectionNames as readonly string[]).includes(collection ?? '')) return undefined;
  return entryHref(collection as CollectionName, entryIdFromPath(file));
}

/** The errors of the page served at `path`, if the loader withheld it for them. */
export function problemsOfPage(problems: readonly Diagnostic[], path: string): Diagnostic[] {
  const wanted = path.endsWith('/') ? path : `${path}/`;
  return problems.filter((problem) => pagePathOf(problem.file) === wanted);
}

export const onRequest: MiddlewareHandler = (context, next) => {
  const problems = problemsOfPage(devProblems(), decodeURI(context.url.pathname));
  if (problems.length > 0) throw new HandbookError(problems);
  return next();
};
