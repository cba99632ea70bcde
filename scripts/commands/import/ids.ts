/** Ids for imported pages and people: kebab-case, as Baton's schemas and routes want them. */
import { NOTION_ID } from './source-layout.ts';

/** `Patents & IP` → `patents-ip`; `Onboarding 89ab…(Notion's id).md` → `onboarding`. */
export function slugOf(text: string): string {
  return text
    .replace(NOTION_ID, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The first of `candidates`, then the last one numbered (`-2`, `-3`, …), that `taken` does not hold. */
export function freeId(candidates: readonly string[], taken: ReadonlySet<string>): string {
  for (const candidate of candidates) if (candidate !== '' && !taken.has(candidate)) return candidate;
  const base = candidates.at(-1) || 'page';
  for (let number = 2; ; number += 1) if (!taken.has(`${base}-${number}`)) return `${base}-${number}`;
}
