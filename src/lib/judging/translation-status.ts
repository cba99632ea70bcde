/**
 * Whether a translation is behind its source, and what changed: the source's revision now against
 * the one the translation records, and the source's headings now against those it recorded. The
 * checker's `translation-behind`, the translated page's banner and the dashboard all ask this.
 */

/** How the source's headings changed since a translation was made. */
export interface HeadingChanges {
  added: string[];
  removed: string[];
  /** Headings at the same place under another title: `[was, now]`. */
  renamed: [string, string][];
}

/** A translation's standing against its source. */
export interface TranslationStatus {
  behind: boolean;
  changes: HeadingChanges;
}

/** Compares a translation's recorded revision and headings with its source's current ones. */
export function translationStatus(recorded: { source_revision: string; source_headings: readonly string[] }, current: { revision: string; headings: readonly string[] }): TranslationStatus {
  return { behind: recorded.source_revision !== current.revision, changes: headingChanges(recorded.source_headings, current.headings) };
}

/** What became of each recorded heading: kept, renamed in place, removed; and which are new. */
export function headingChanges(was: readonly string[], now: readonly string[]): HeadingChanges {
  const removed = was.filter((heading) => !now.includes(heading));
  const added = now.filter((heading) => !was.includes(heading));
  const renamed: [string, string][] = [];
  // A heading gone and another new at the same place among the unchanged ones is one heading renamed.
  for (const old of [...removed]) {
    const index = was.indexOf(old);
    const before = was.slice(0, index).filter((heading) => now.includes(heading)).at(-1);
    const candidates = added.filter((heading) => {
      const at = now.indexOf(heading);
      return now.slice(0, at).filter((other) => was.includes(other)).at(-1) === before;
    });
    if (candidates.length > 0) {
      renamed.push([old, candidates[0]!]);
      removed.splice(removed.indexOf(old), 1);
      added.splice(added.indexOf(candidates[0]!), 1);
    }
  }
  return { added, removed, renamed };
}

/** The changes in words: ``heading `Scope` added; `Steps` renamed to `How to`; `Notes` removed``; empty when the headings are the same. */
export function describeHeadingChanges(changes: HeadingChanges): string {
  return [
    ...changes.added.map((heading) => `heading \`${heading}\` added`),
    ...changes.renamed.map(([was, now]) => `heading \`${was}\` renamed to \`${now}\``),
    ...changes.removed.map((heading) => `heading \`${heading}\` removed`),
  ].join('; ');
}
