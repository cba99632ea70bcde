/** `departed-owner`: a person who has left must not still own, hold or take over anything. */
import { RESPONSIBLE_FIELDS } from '../../../src/lib/judging/person-references.ts';
import { locate } from '../locate.ts';
import { docsPath, type Rule } from '../rule.ts';
import { fieldLabel, personMentions, responsibilitiesByPerson } from './person-mentions.ts';

export const departedOwner: Rule = {
  id: 'departed-owner',
  group: 'owners',
  severity: 'error',
  summary: 'A person who has left must not still be an owner, role holder, backup, successor, handover successor, mentor or escalation contact.',
  docs: docsPath('departed-owner'),
  check(file, context) {
    return personMentions(file, context)
      .filter((mention) => RESPONSIBLE_FIELDS.has(mention.field) && context.people.get(mention.id)?.status === 'left')
      .map((mention) => {
        const held = responsibilitiesByPerson(context).get(mention.id) ?? [];
        return {
          ...locate(file, mention.path),
          message: `${fieldLabel(mention)} \`${mention.id}\` left on ${context.people.get(mention.id)!.left_on} and still holds ${held.length === 1 ? 'one thing' : `${held.length} things`}: ${held.join(', ')}`,
          hint: `hand everything over with \`npm run handover -- --from ${mention.id} --to <person>\``,
        };
      });
  },
};
