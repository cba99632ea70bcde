/** How far a handover has got: its checklist items, done and open, and whether it is late. */
import { daysBetween, type IsoDate } from '../calendar.ts';
import type { Handover } from '../../schemas/index.ts';

/** The four checklists of a handover, in the order a handover works through them. */
export const CHECKLISTS = ['open_matters', 'contacts', 'documents', 'sessions'] as const;

/** One checklist item, whatever its list. */
export interface ChecklistItem {
  list: (typeof CHECKLISTS)[number];
  index: number;
  label: string;
  done: boolean;
}

/** Every checklist item of a handover. */
export function checklistItems(handover: Pick<Handover, (typeof CHECKLISTS)[number]>): ChecklistItem[] {
  return [
    ...handover.open_matters.map((item, index) => ({ list: 'open_matters' as const, index, label: item.matter, done: item.done })),
    ...handover.contacts.map((item, index) => ({ list: 'contacts' as const, index, label: item.name, done: item.done })),
    ...handover.documents.map((item, index) => ({ list: 'documents' as const, index, label: item.title, done: item.done })),
    ...handover.sessions.map((item, index) => ({ list: 'sessions' as const, index, label: item.topic, done: item.done })),
  ];
}

/** Done and total checklist items, and the open ones. */
export function handoverProgress(handover: Pick<Handover, (typeof CHECKLISTS)[number]>): { done: number; total: number; open: ChecklistItem[] } {
  const items = checklistItems(handover);
  const open = items.filter((item) => !item.done);
  return { done: items.length - open.length, total: items.length, open };
}

/** Whether a handover is past its due date with items still open. */
export function isHandoverOverdue(handover: Pick<Handover, 'due' | (typeof CHECKLISTS)[number]>, today: IsoDate): boolean {
  return daysBetween(today, handover.due) < 0 && handoverProgress(handover).open.length > 0;
}
