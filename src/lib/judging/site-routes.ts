/**
 * The site's routes other than entry pages, as the page files under `src/pages/` declare them: a
 * file is a route, `[collection]`, `[tag]`, `[team]` and `[person]` stand for the page collections,
 * the tags in use, the configured teams and the people still here, and `[lang]/[collection]/[id]` for
 * the pages with a translation, in each language; a parameter may carry a suffix,
 * as the calendar feeds do (`[team].ics`). The checker accepts a site link exactly when it names one of them, so
 * adding, renaming or removing a page of the site changes what links may point at, with nothing to
 * keep in step by hand.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pageCollections } from '../../schemas/index.ts';

/** What the dynamic segments of routes range over. */
export interface RouteFacts {
  /** Tags in use on published pages. */
  tags: ReadonlySet<string>;
  /** Team ids of `baton.config.yml`. */
  teams: ReadonlySet<string>;
  /** Ids of the people still here, who each have a calendar feed. */
  people: ReadonlySet<string>;
  /** The languages pages are served in besides the source's. */
  languages?: ReadonlySet<string>;
  /** Pages with at least one translation (`roles/head-of-ip`): each is served in every one of `languages`. */
  translated?: ReadonlySet<string>;
}

/** A route as segments: a literal, or a parameter in brackets (`[tag]`). */
type RoutePattern = readonly string[];

const PAGES_FOLDER = fileURLToPath(new URL('../../pages/', import.meta.url));
const PAGE_FILE = /\.(?:astro|md|mdx|ts|js)$/;

let patterns: RoutePattern[] | undefined;

/** The route patterns of the site's page files, read once. */
function sitePatterns(): RoutePattern[] {
  patterns ??= routePatterns(readdirSync(PAGES_FOLDER, { recursive: true, encoding: 'utf8' }).filter((file) => PAGE_FILE.test(file)));
  return patterns;
}

/** Route patterns of page files, relative to the pages folder: `tags/[tag].astro` → `/tags/[tag]/`. */
export function routePatterns(pageFiles: readonly string[]): RoutePattern[] {
  return pageFiles.map((file) => {
    const segments = file.split(/[\\/]/);
    const name = segments.pop()!.replace(PAGE_FILE, '');
    // An endpoint such as `feed.xml.ts` keeps its own extension and serves a file, not a folder.
    return name === 'index' ? segments : [...segments, name];
  });
}

/** Whether `path` (a page with a trailing slash, or a file such as `/feed.xml`) is a route of the site other than an entry page. */
export function siteRouteExists(path: string, facts: RouteFacts, pageFiles?: readonly string[]): boolean {
  const wanted = path.split('/').filter(Boolean);
  const isFolder = path.endsWith('/');
  const values: Record<string, (value: string) => boolean> = {
    '[collection]': (value) => (pageCollections as readonly string[]).includes(value),
    '[tag]': (value) => facts.tags.has(value),
    '[team]': (value) => facts.teams.has(value),
    '[person]': (value) => facts.people.has(value),
  };
  return (pageFiles ? routePatterns(pageFiles) : sitePatterns()).some((pattern) => {
    if (pattern.length !== wanted.length) return false;
    // A page in another language (`/de/roles/head-of-ip/`) exists when the page has a translation, in any language.
    if (pattern.join('/') === '[lang]/[collection]/[id]') return isFolder && (facts.languages?.has(wanted[0]!) ?? false) && (facts.translated?.has(`${wanted[1]}/${wanted[2]}`) ?? false);
    const last = pattern.at(-1) ?? '';
    // Pages are served as folders (`/changes/`), endpoints as files (`/feed.xml`).
    if (pattern.length > 0 && last.includes('.') !== !isFolder) return false;
    return pattern.every((segment, index) => {
      if (!segment.startsWith('[')) return segment === wanted[index];
      const parameter = segment.slice(0, segment.indexOf(']') + 1);
      const suffix = segment.slice(parameter.length);
      const value = wanted[index]!;
      if (!value.endsWith(suffix) || value.length === suffix.length) return false;
      // Entries (`[id]`) are links to pages of the handbook, which the link rules judge as such.
      return values[parameter]?.(value.slice(0, value.length - suffix.length)) ?? false;
    });
  });
}

/**
 * The first segments of the site's own routes (`people`, `tags`, `search`, each collection, …): an
 * address under one of them belongs to the site, so no redirect may be served there.
 */
export function siteRouteRoots(): ReadonlySet<string> {
  const roots = new Set<string>(pageCollections);
  for (const pattern of sitePatterns()) if (pattern[0] !== undefined && !pattern[0].startsWith('[')) roots.add(pattern[0]);
  return roots;
}
