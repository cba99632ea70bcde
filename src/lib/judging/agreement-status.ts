/**
 * Where a partner agreement stands on a given day: running, coming up for renewal (its notice date
 * is near or passed), or ended; and which deliverables and milestones are past due.
 */
import { addInterval, daysBetween, type IsoDate } from '../calendar.ts';
import type { Partner } from '../../schemas/index.ts';

/** `running`, `renewal-due` (the notice date is within the window or passed) or `expired` (past `end`). */
export type AgreementState = 'running' | 'renewal-due' | 'expired';

/** A deliverable or milestone that is past due and not done. */
export interface OverdueItem {
  list: 'deliverables' | 'milestones';
  index: number;
  name: string;
  due: IsoDate;
  daysLate: number;
}

/** An agreement's position on `today`. */
export interface AgreementStatus {
  state: AgreementState;
  /** The last day to give notice of renewal or exit: `end` minus `renewal_notice`. */
  noticeBy: IsoDate;
  /** Days from today to the notice date: negative once it has passed. */
  daysToNotice: number;
  /** Days from today to the end of the term. */
  daysToEnd: number;
  overdue: OverdueItem[];
}

/** Judges an agreement on `today`; `renewalWindow` (e.g. `90d`) is how early a notice date counts as near. */
export function agreementStatus(agreement: Pick<Partner, 'end' | 'renewal_notice' | 'deliverables' | 'milestones'>, today: IsoDate, renewalWindow: string): AgreementStatus {
  const noticeBy = addInterval(agreement.end, agreement.renewal_notice, -1);
  const daysToNotice = daysBetween(today, noticeBy);
  const daysToEnd = daysBetween(today, agreement.end);
  const windowEnd = addInterval(today, renewalWindow);
  const state: AgreementState = daysToEnd < 0 ? 'expired' : daysBetween(noticeBy, windowEnd) >= 0 ? 'renewal-due' : 'running';
  const overdue = (['deliverables', 'milestones'] as const).flatMap((list) =>
    agreement[list]
      .map((item, index) => ({ list, index, name: item.name, due: item.due, daysLate: daysBetween(item.due, today), done: item.done }))
      .filter((item) => !item.done && item.daysLate > 0)
      .map(({ done: _done, ...item }) => item),
  );
  return { state, noticeBy, daysToNotice, daysToEnd, overdue };
}
