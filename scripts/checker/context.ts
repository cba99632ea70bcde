/** Builds what every rule consults, once per run, around the handbook as the one reading left it. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { IsoDate } from '../../src/lib/calendar.ts';
import { pageAttention, responsibilitiesByPerson, type AttentionPage, type AttentionWorld } from '../../src/lib/judging/attention.ts';
import { siteRouteExists } from '../../src/lib/judging/site-routes.ts';
import { parseTranslationPath } from '../../src/lib/reading/translation-path.ts';
import { INTERFACE_LABELS } from '../../src/site/interface/index.ts';
import { DEFAULT_SOURCE_ROUTING, isWithin, MARKDOWN_EXTENSIONS, type SourceLookup, type SourceRouting } from '../../src/lib/judging/source-links.ts';
import { absoluteFromDisplay, type SourceFolder } from '../../src/lib/reading/discover.ts';
import type { Handbook } from '../../src/lib/reading/read-handbook.ts';
import type { CheckContext, CheckedFile } from './model.ts';

export { entryKey } from '../../src/lib/reading/read-handbook.ts';

/** The context rules judge `handbook` in, on `today`; source folders are judged with `routing`. */
export function buildContext(handbook: Handbook, today: IsoDate, routing: SourceRouting = DEFAULT_SOURCE_ROUTING): CheckContext {
  const { root, config } = handbook;
  const assets = new Map<string, boolean>();
  const paths = new Map<string, boolean>();
  const memos = new WeakMap<CheckedFile, Map<string, unknown>>();
  const sharedWork = new Map<string, unknown>();
  const teams = new Set(Object.keys(config.teams));
  // People still here have a calendar feed; those who left do not.
  const people = new Set([...handbook.people].filter(([, person]) => person.status !== 'left').map(([id]) => id));
  // A page with a translation is served in every language of the interface and of its translations.
  const translations = handbook.files.flatMap((file) => (file.kind === 'translation' ? [parseTranslationPath(file.path)] : [])).filter((path) => path !== undefined);
  const languages = new Set([...Object.keys(INTERFACE_LABELS), ...translations.map((path) => path.language)]);
  const translated = new Set(translations.map((path) => `${path.collection}/${path.id}`));
  const context: CheckContext = {
    ...handbook,
    today,
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
    routeExists: (path) => siteRouteExists(path, { tags: handbook.tags, teams, people, languages, translated }),
    routing,
    sourceLookup: (source) => context.shared(`source:${source.absolutePath}`, () => sourceLookup(handbook, source)),
    sourceOf: (file) => context.memo(file, 'source', () => {
      const absolute = absoluteFromDisplay(root, file.path);
      return handbook.sources.find((source) => isWithin(absolute, source.absolutePath));
    }),
    attention: (file) =>
      context.memo(file, 'attention', () => {
        const page = attentionPage(file);
        return page ? pageAttention(page, context.shared('attention-world', () => attentionWorld(handbook, today))) : [];
      }),
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
  return context;
}

/** A valid page (any type but a person) as the attention judgement takes it. */
function attentionPage(file: CheckedFile): AttentionPage | undefined {
  if (file.kind !== 'entry' || !file.collection || file.collection === 'people' || !file.id || !file.data) return undefined;
  return { collection: file.collection, id: file.id, path: file.path, data: file.data };
}

/** What the attention judgement needs of the whole handbook. */
export function attentionWorld(handbook: Handbook, today: IsoDate): AttentionWorld {
  const pages = handbook.files.map(attentionPage).filter((page) => page !== undefined);
  return {
    today,
    dueSoon: handbook.config.check.due_soon,
    renewalWindow: handbook.config.check.renewal_window,
    people: handbook.people,
    handovers: handbook.handovers,
    responsibilities: responsibilitiesByPerson(pages),
  };
}

/** What is on disk in and around a source folder: the pages read, other files and folders (asked once each), and names. */
function sourceLookup(handbook: Handbook, source: SourceFolder): SourceLookup {
  const pages = new Set(handbook.files.filter((file) => file.kind !== 'other').map((file) => absoluteFromDisplay(handbook.root, file.path)));
  const onDisk = new Map<string, 'file' | 'folder' | undefined>();
  let names: Map<string, string[]> | undefined;
  const nameIndex = () => {
    const index = new Map<string, string[]>();
    const note = (key: string, path: string) => {
      const list = index.get(key);
      if (list) list.push(path);
      else index.set(key, [path]);
    };
    for (const path of [...pages].filter((candidate) => isWithin(candidate, source.absolutePath)).sort()) {
      const name = posix.basename(path).toLowerCase();
      note(name, path);
      const extension = MARKDOWN_EXTENSIONS.find((candidate) => name.endsWith(candidate));
      if (extension) note(name.slice(0, -extension.length), path);
    }
    for (const path of source.otherFiles) note(posix.basename(path).toLowerCase(), path);
    return index;
  };
  return {
    kindOf(path) {
      if (pages.has(path)) return 'page';
      if (!onDisk.has(path)) {
        let kind: 'file' | 'folder' | undefined;
        try {
          kind = statSync(path).isDirectory() ? 'folder' : 'file';
        } catch {
          kind = undefined;
        }
        onDisk.set(path, kind);
      }
      return onDisk.get(path);
    },
    named: (name) => (names ??= nameIndex()).get(name.toLowerCase()) ?? [],
  };
}

function cached(store: Map<string, boolean>, key: string, compute: () => boolean): boolean {
  let value = store.get(key);
  if (value === undefined) store.set(key, (value = compute()));
  return value;
}
