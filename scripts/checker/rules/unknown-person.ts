/** `unknown-person`: everyone a page names must be in the people directory (an owner may be a team). */
import { didYouMean } from '../../../src/lib/printing/did-you-mean.ts';
import { locate } from '../locate.ts';
import { RULES } from '../../../src/lib/rules.ts';
import { defineRule } from '../rule.ts';
import { fieldLabel } from '../../../src/lib/judging/attention.ts';
import { personMentions } from './person-mentions.ts';

export const unknownPerson = defineRule(RULES.unknownPerson, {
  check(file, context) {
    const teams = Object.keys(context.config.teams);
    return personMentions(file, context)
      .filter((mention) => !context.personIds.has(mention.id) && !(mention.field === 'owner' && teams.includes(mention.id)))
      .map((mention) => {
        const where = mention.field === 'owner' ? 'in the people directory or a team' : 'in the people directory';
        const candidates = mention.field === 'owner' ? [...context.personIds, ...teams] : context.personIds;
        return {
          ...locate(file, mention.path),
          message: `${fieldLabel(mention)} \`${mention.id}\` is not ${where}`,
          hint: didYouMean(mention.id, candidates) ?? `add \`content/people/${mention.id}.md\`, or name someone who is`,
        };
      });
  },
});

