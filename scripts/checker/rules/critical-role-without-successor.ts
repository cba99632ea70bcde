/** `critical-role-without-successor`: a critical role with no successor and no handover under way. */
import { locate } from '../locate.ts';
import { successionGaps } from '../../../src/lib/judging/succession.ts';
import type { Role } from '../../../src/schemas/index.ts';
import { docsPath, type Rule } from '../rule.ts';

export const criticalRoleWithoutSuccessor: Rule = {
  id: 'critical-role-without-successor',
  group: 'succession',
  severity: 'warning',
  summary: 'A critical role should name a `successor` or have a handover under way, so knowledge does not leave with its holder.',
  docs: docsPath('critical-role-without-successor'),
  check(file, context) {
    if (file.collection !== 'roles' || !file.data || !file.id) return [];
    if (!successionGaps(file.data as Role, file.id, context.handovers).includes('no-successor')) return [];
    return [{
      ...locate(file, ['critical']),
      message: 'Critical role has no `successor` and no handover under way',
      hint: 'name a `successor`, or start a handover in `content/handovers/`',
    }];
  },
};
