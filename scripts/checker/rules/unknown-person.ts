/** `unknown-person`: everyone a page names must be in the people directory (an owner may be a team). */
import { didYouMean } from '../../../src/lib/printing/did-you-mean.ts';
import { locate } from '../locate.ts';
import { docsPath, type Rule } from '../rule.ts';
import { fieldLabel, personMentions } from './person-mentions.ts';

export const unknownPerson: Rule = {
  id: 'unknown-person',
  group: 'owners',
  severity: 'error',
  summary: 'Owners, reviewers, role holders, backups, successors, handover people, mentors and escalation contacts must be in the people directory.',
  docs: docsPath('unknown-person'),
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
};

