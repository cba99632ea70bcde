/**
 * The site's pages that are not entry pages: home, section indexes, search, dashboard, tags and
 * teams. The checker asks this to accept a link such as `/tags/licensing/`; the site's pages live
 * at exactly these paths.
 */
import { collectionNames } from '../../schemas/index.ts';

/** Fixed routes, each with a trailing slash. */
export const FIXED_ROUTES: readonly string[] = ['/', '/search/', '/dashboard/', '/recent/', '/tags/', '/teams/', ...collectionNames.map((name) => `/${name}/`)];

/** What the dynamic routes depend on: the tags in use on published pages, and the configured teams. */
export interface RouteFacts {
  tags: ReadonlySet<string>;
  teams: ReadonlySet<string>;
}

/** Whether `path` (with a trailing slash) is a page of the site other than an entry page. */
export function siteRouteExists(path: string, facts: RouteFacts): boolean {
  if (FIXED_ROUTES.includes(path)) return true;
  const tag = /^\/tags\/([^/]+)\/$/.exec(path);
  if (tag) return facts.tags.has(tag[1]!);
  const team = /^\/teams\/([^/]+)\/$/.exec(path);
  if (team) return facts.teams.has(team[1]!);
  return false;
}
