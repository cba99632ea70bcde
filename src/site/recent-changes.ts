/**
 * The latest changes to published pages, from git history. Only published pages are named: a commit
 * that touched a draft or a confidential page shows nothing of it, not even its file name, and commit
 * messages are left out because they may talk about such pages.
 */
import type { HandbookModel } from './handbook-model.ts';
import { contributor } from './contributors.ts';
import { entryFile } from './entry-file.ts';
import { pageLink, type PageLink } from './page-link.ts';
import type { Party } from './parties.ts';

/** One page changed by one commit. */
export interface PageChange {
  link: PageLink;
  /** The page's summary, or a person's job title. */
  summary: string;
  date: string;
  /** Who made the change: a person of the directory, or the name git recorded. */
  author: Party;
  commit: string;
}

/** Up to `limit` page changes, newest first; none when the history is unavailable. */
export function recentChanges(model: HandbookModel, limit: number): PageChange[] {
  if (!model.history.available) return [];
  const byFile = new Map([...model.pages, ...model.people].map((entry) => [entryFile(entry), entry]));
  const changes: PageChange[] = [];
  for (const commit of model.history.commits) {
    // A shallow clone's first commit shows every file as added; it says nothing about what changed.
    if (commit.boundary) continue;
    for (const file of commit.files) {
      const entry = byFile.get(file);
      if (!entry) continue;
      const summary = entry.collection === 'people' ? (entry.data.job_title ?? '') : entry.data.summary;
      changes.push({ link: pageLink(entry), summary, date: commit.date, author: contributor(model, commit.author), commit: commit.hash });
      if (changes.length === limit) return changes;
    }
  }
  return changes;
}
