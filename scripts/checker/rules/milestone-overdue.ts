/** `milestone-overdue`: a deliverable or milestone past its due date and not done. */
import { locate } from '../locate.ts';
import { docsPath, type Rule } from '../rule.ts';
import { activeAgreement } from './agreement-state.ts';
import { relativeDays } from './page-review.ts';

export const milestoneOverdue: Rule = {
  id: 'milestone-overdue',
  group: 'partners',
  severity: 'error',
  summary: 'Every deliverable and milestone of an active agreement past its `due` date must be `done: true`.',
  docs: docsPath('milestone-overdue'),
  check(file, context) {
    const found = activeAgreement(file, context);
    if (!found) return [];
    return found.status.overdue.map((item) => ({
      ...locate(file, [item.list, item.index, 'due']),
      message: `${item.list === 'milestones' ? 'Milestone' : 'Deliverable'} \`${item.name}\` was due on ${item.due} (${relativeDays(-item.daysLate)}) and is not done`,
      hint: 'mark it `done: true` once delivered, or agree a new `due` date with the partner',
    }));
  },
};
