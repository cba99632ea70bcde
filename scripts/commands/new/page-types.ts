/** The types of page `new` can write, by the names authors use for them, and each type's review interval. */
import { COLLECTION_LABELS } from '../../../src/lib/collections.ts';
import { collectionNames, type CollectionName } from '../../../src/schemas/index.ts';

/** Each collection's name for one page, as typed on the command line: `new playbook ...`. */
export const PAGE_TYPE_NAMES = Object.fromEntries(collectionNames.map((name) => [name, COLLECTION_LABELS[name].command])) as Record<CollectionName, string>;

/** How often a new page of each type is reviewed, unless `--review-every` says otherwise. */
export const DEFAULT_REVIEW_INTERVALS: Record<Exclude<CollectionName, 'people'>, string> = {
  playbooks: '6m',
  roles: '6m',
  // A handover moves fast and is done within weeks; its page is checked as often.
  handovers: '60d',
  partners: '6m',
  // Definitions change rarely; a yearly read keeps them true to the law and to how we work.
  glossary: '1y',
};

/** The collection a type name (`playbook` or `playbooks`) stands for, or undefined. */
export function collectionOfType(name: string): CollectionName | undefined {
  for (const [collection, single] of Object.entries(PAGE_TYPE_NAMES) as [CollectionName, string][]) {
    if (name === single || name === collection) return collection;
  }
  return undefined;
}
