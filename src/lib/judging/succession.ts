/**
 * Succession coverage: a critical role needs a backup today and a plan for tomorrow (a named
 * successor, or a handover under way). The checker, the dashboard and the report ask this module.
 */
import type { Handover, Role } from '../../schemas/index.ts';

/** What a critical role lacks. */
export type SuccessionGap = 'no-backup' | 'no-successor';

/** Gaps of one role: none for a role that is not critical. */
export function successionGaps(role: Pick<Role, 'critical' | 'backup' | 'successor'>, roleId: string, handovers: readonly { data: Pick<Handover, 'role' | 'state'> }[]): SuccessionGap[] {
  if (!role.critical) return [];
  const gaps: SuccessionGap[] = [];
  if (!role.backup) gaps.push('no-backup');
  const handoverUnderWay = handovers.some((handover) => handover.data.role === roleId && handover.data.state !== 'complete');
  if (!role.successor && !handoverUnderWay) gaps.push('no-successor');
  return gaps;
}
