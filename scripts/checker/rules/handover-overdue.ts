/** `handover-overdue`: a handover past its due date with checklist items still open. */
import { handoverProgress, isHandoverOverdue } from '../../../src/lib/judging/handover-progress.ts';
import { locate } from '../locate.ts';
import type { Handover } from '../../../src/schemas/index.ts';
import { docsPath, type Rule } from '../rule.ts';

export const handoverOverdue: Rule = {
  id: 'handover-overdue',
  group: 'succession',
  severity: 'error',
  summary: 'A handover must be complete by its `due` date: no open matters, contacts, documents or sessions left.',
  docs: docsPath('handover-overdue'),
  check(file, context) {
    if (file.collection !== 'handovers' || !file.data) return [];
    const handover = file.data as Handover;
    if (handover.status !== 'active' || !isHandoverOverdue(handover, context.today)) return [];
    const open = handoverProgress(handover).open;
    const listed = open.slice(0, 3).map((item) => `\`${item.label}\``).join(', ') + (open.length > 3 ? ', ...' : '');
    return [{
      ...locate(file, ['due']),
      message: `Handover was due on ${handover.due} and ${open.length} checklist item${open.length === 1 ? ' is' : 's are'} still open: ${listed}`,
      hint: 'finish them and mark them `done: true`, or agree a new `due` date',
    }];
  },
};
