/** `critical-role-without-backup`: a critical role with nobody to stand in. */
import { locate } from '../locate.ts';
import { successionGaps } from '../../../src/lib/judging/succession.ts';
import type { Role } from '../../../src/schemas/index.ts';
import { docsPath, type Rule } from '../rule.ts';

export const criticalRoleWithoutBackup: Rule = {
  id: 'critical-role-without-backup',
  group: 'succession',
  severity: 'error',
  summary: 'A role marked `critical: true` must name a `backup` who stands in when the holder is away.',
  docs: docsPath('critical-role-without-backup'),
  check(file, context) {
    if (file.collection !== 'roles' || !file.data || !file.id) return [];
    if (!successionGaps(file.data as Role, file.id, context.handovers).includes('no-backup')) return [];
    return [{ ...locate(file, ['critical']), message: 'Critical role has no `backup`', hint: 'add `backup: <person>`; a critical role needs someone to stand in today' }];
  },
};
