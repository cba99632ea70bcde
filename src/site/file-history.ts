/** What a page can honestly say about when its file last changed and who changed it. */
import type { ContentHistory, GitIdentity } from './git-history.ts';
import type { Party } from './parties.ts';

/** The history line of one page; authors are people of the directory where one claims the identity. */
export type FileHistoryView =
  | { kind: 'unavailable'; reason: string }
  | { kind: 'uncommitted' }
  | { kind: 'changed'; date: string; author: Party; contributors: Party[]; complete: boolean }
  /** A shallow clone holds no real change to the file: it is at least as old as the clone's start. */
  | { kind: 'not-after'; date: string; contributors: Party[] };

/** The history of `file` (handbook-relative) as a page shows it, each git author named by `who`. */
export function fileHistoryView(history: ContentHistory, file: string, who: (author: GitIdentity) => Party): FileHistoryView {
  if (!history.available) return { kind: 'unavailable', reason: history.reason };
  const entry = history.files.get(file);
  if (!entry) return { kind: 'uncommitted' };
  // Two identities of one person (a work and a home address) are one contributor.
  const contributors = [...new Map(entry.contributors.map(who).map((party) => [`${party.kind}:${party.id}`, party])).values()];
  if (entry.lastChanged) return { kind: 'changed', date: entry.lastChanged.date, author: who(entry.lastChanged.author), contributors, complete: entry.complete };
  return { kind: 'not-after', date: entry.notAfter ?? '', contributors };
}
