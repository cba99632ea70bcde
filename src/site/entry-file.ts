/** Where an entry's file lives, as authors and the forge know it. */
import { relative, resolve, sep } from 'node:path';
import { handbookRoot, projectRoot } from './settings.ts';

/** The entry's path relative to the handbook root, e.g. `content/playbooks/x.md`. */
export function entryFile(entry: { filePath?: string | undefined; collection: string; id: string }): string {
  if (!entry.filePath) return `content/${entry.collection}/${entry.id}.md`;
  return relative(handbookRoot, resolve(projectRoot, entry.filePath)).split(sep).join('/');
}
