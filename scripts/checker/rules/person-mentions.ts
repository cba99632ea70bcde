/** The people a page names, shared by the owner rules and computed once per file. */
import { personReferences, type PersonReference } from '../../../src/lib/judging/person-references.ts';
import type { CheckContext, CheckedFile } from '../model.ts';

/** Every person (or owning team) a valid entry names. */
export function personMentions(file: CheckedFile, context: CheckContext): PersonReference[] {
  return context.memo(file, 'person-mentions', () => {
    if (file.kind !== 'entry' || !file.collection || !file.data) return [];
    return personReferences(file.collection, file.data);
  });
}
