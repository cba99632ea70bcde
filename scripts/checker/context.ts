/** Builds the indexes every rule consults, once per run. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IsoDate } from '../../src/lib/calendar.ts';
import { isPublishable } from '../../src/lib/judging/publication.ts';
import { siteRouteExists } from '../../src/lib/judging/site-routes.ts';
import type { ProjectConfig } from '../../src/schemas/config.ts';
import type { Handover, Person, Role } from '../../src/schemas/index.ts';
import type { CheckContext, CheckedFile } from './model.ts';

/** The key of an entry in `CheckContext.entries`. */
export function entryKey(collection: string, id: string): string {
  return `${collection}/${id}`;
}

/** Indexes `files` of the handbook at `root` for the rules. */
export function buildContext(root: string, files: readonly CheckedFile[], config: ProjectConfig, today: IsoDate): CheckContext {
  const policy = { includeConfidential: config.site.include_confidential };
  const byPath = new Map(files.map((file) => [file.path, file]));
  const entries = new Map<string, CheckedFile[]>();
  const personIds = new Set<string>();
  const people = new Map<string, Person>();
  const roles = new Map<string, Role>();
  const handovers: { id: string; data: Handover }[] = [];
  const tags = new Set<string>();
  const published = new Set<CheckedFile>();

  for (const file of files) {
    if (file.kind !== 'entry' || !file.collection || !file.id) continue;
    const key = entryKey(file.collection, file.id);
    entries.set(key, [...(entries.get(key) ?? []), file]);
    if (file.collection === 'people') personIds.add(file.id);
    if (!file.data) continue;
    if (isPublishable(file.collection, file.data, policy)) {
      published.add(file);
      for (const tag of (file.data.tags as string[] | undefined) ?? []) tags.add(tag);
    }
    if (file.collection === 'people') people.set(file.id, file.data as Person);
    if (file.collection === 'roles') roles.set(file.id, file.data as Role);
    if (file.collection === 'handovers') handovers.push({ id: file.id, data: file.data as Handover });
  }

  const teams = new Set(Object.keys(config.teams));
  const assets = new Map<string, boolean>();
  const paths = new Map<string, boolean>();
  const memos = new WeakMap<CheckedFile, Map<string, unknown>>();
  const sharedWork = new Map<string, unknown>();
  return {
    today,
    config,
    files,
    byPath,
    entries,
    personIds,
    people,
    roles,
    handovers,
    isPublished: (file) => published.has(file),
    assetExists: (path) => cached(assets, path, () => existsSync(join(root, 'public', path))),
    pathExists: (path) => cached(paths, path, () => !path.startsWith('..') && existsSync(join(root, path))),
    readText(path) {
      if (path.startsWith('..')) return undefined;
      try {
        return readFileSync(join(root, path), 'utf8');
      } catch {
        return undefined;
      }
    },
    routeExists: (path) => siteRouteExists(path, { tags, teams }),
    memo<T>(file: CheckedFile, key: string, compute: () => T): T {
      let forFile = memos.get(file);
      if (!forFile) memos.set(file, (forFile = new Map()));
      if (!forFile.has(key)) forFile.set(key, compute());
      return forFile.get(key) as T;
    },
    shared<T>(key: string, compute: () => T): T {
      if (!sharedWork.has(key)) sharedWork.set(key, compute());
      return sharedWork.get(key) as T;
    },
  };
}

function cached(store: Map<string, boolean>, key: string, compute: () => boolean): boolean {
  let value = store.get(key);
  if (value === undefined) store.set(key, (value = compute()));
  return value;
}
