/** A link to another page, as lists, backlinks and prev/next show it. */
import { COLLECTION_LABELS } from '../lib/collections.ts';
import type { PageEntry, PersonEntry } from './handbook.ts';
import { entryUrl } from './urls.ts';

/** Everything a list needs to link to a page. */
export interface PageLink {
  href: string;
  title: string;
  /** The page's type, singular: `Playbook`, `Role`, `Person`. */
  type: string;
}

/** The link to an entry of any collection. */
export function pageLink(entry: PageEntry | PersonEntry): PageLink {
  const title = entry.collection === 'people' ? entry.data.name : entry.data.title;
  return { href: entryUrl(entry.collection, entry.id), title, type: COLLECTION_LABELS[entry.collection].singular };
}

/** The key an entry is filed under in handbook-wide maps: `roles/head-of-ip`. */
export function entryKey(collection: string, id: string): string {
  return `${collection}/${id}`;
}
