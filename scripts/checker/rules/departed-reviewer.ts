/** `departed-reviewer`: a person who has left is still listed as a reviewer. */
import { locate } from '../locate.ts';
import { docsPath, type Rule } from '../rule.ts';
import { personMentions } from './person-mentions.ts';

export const departedReviewer: Rule = {
  id: 'departed-reviewer',
  group: 'owners',
  severity: 'warning',
  summary: 'A person who has left should not still be listed as a reviewer.',
  docs: docsPath('departed-reviewer'),
  check(file, context) {
    return personMentions(file, context)
      .filter((mention) => mention.field === 'reviewer' && context.people.get(mention.id)?.status === 'left')
      .map((mention) => ({
        ...locate(file, mention.path),
        message: `Reviewer \`${mention.id}\` left on ${context.people.get(mention.id)!.left_on}`,
        hint: 'remove them from `reviewers`, or name someone who is still here',
      }));
  },
};
