/** What a page can honestly say about when its file last changed and who changed it. */
import type { ContentHistory } from './git-history.ts';

/** The history line of one page. */
export type FileHistoryView =
  | { kind: 'unavailable'; reason: string }
  | { kind: 'uncommitted' }
  | { kind: 'changed'; date: string; author: string; contributors: string[]; complete: boolean }
  /** A shallow clone holds no real change to the file: it is at least as old as the clone's start. */
  | { kind: 'not-after'; date: string; contributors: string[] };

/** The history of `file` (handbook-relative) as a page shows it. */
export function fileHistoryView(history: ContentHistory, file: string): FileHistoryView {
  if (!history.available) return { kind: 'unavailable', reason: history.reason };
  const entry = history.files.get(file);
  if (!entry) return { kind: 'uncommitted' };
  if (entry.lastChanged) return { kind: 'changed', date: entry.lastChanged.date, author: entry.lastChanged.author, contributors: entry.contributors, complete: entry.complete };
  return { kind: 'not-after', date: entry.notAfter ?? '', contributors: entry.contributors };
}
