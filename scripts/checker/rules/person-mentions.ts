/** The people a page names, shared by the owner rules and computed once per file. */
import { PERSON_FIELD_LABELS, personReferences, RESPONSIBLE_FIELDS, type PersonReference } from '../../../src/lib/judging/person-references.ts';
import type { CheckContext, CheckedFile } from '../model.ts';

/** Every person (or owning team) a valid entry names. */
export function personMentions(file: CheckedFile, context: CheckContext): PersonReference[] {
  return context.memo(file, 'person-mentions', () => {
    if (file.kind !== 'entry' || !file.collection || !file.data) return [];
    return personReferences(file.collection, file.data);
  });
}

/** For each person, every responsibility they are named for across the handbook (`owner of \`playbooks/x\``). */
export function responsibilitiesByPerson(context: CheckContext): ReadonlyMap<string, string[]> {
  return context.shared('responsibilities-by-person', () => {
    const byPerson = new Map<string, string[]>();
    for (const file of context.files) {
      for (const mention of personMentions(file, context)) {
        if (!RESPONSIBLE_FIELDS.has(mention.field)) continue;
        const held = byPerson.get(mention.id) ?? [];
        held.push(`${PERSON_FIELD_LABELS[mention.field]} of \`${file.collection}/${file.id}\``);
        byPerson.set(mention.id, held);
      }
    }
    return byPerson;
  });
}

/** The field's label with a capital, to start a message: `Owner`, `Escalation contact`. */
export function fieldLabel(mention: PersonReference): string {
  const label = PERSON_FIELD_LABELS[mention.field];
  return label.charAt(0).toUpperCase() + label.slice(1);
}
