/**
 * Where an agreement stands for readers, from the attention judgement's findings on its page: ended
 * (past its end and still active), at its notice date, running, or retired. The entry page, the
 * agreements list and the dashboard all word it from here.
 */
import type { AttentionFinding } from '../lib/judging/attention.ts';
import { RULES } from '../lib/rules.ts';

/** An agreement's standing. */
export type AgreementStanding = 'ended' | 'notice' | 'running' | 'retired';

/** Reader-facing words for each standing. */
export const AGREEMENT_STANDING_LABELS: Record<AgreementStanding, string> = { ended: 'Ended', notice: 'Notice due', running: 'Running', retired: 'Retired' };

/** The standing of an agreement with this `status`, given the findings on its page. */
export function agreementStanding(status: string, findings: readonly AttentionFinding[]): AgreementStanding {
  if (status === 'retired') return 'retired';
  if (findings.some((finding) => finding.rule === RULES.agreementExpired)) return 'ended';
  if (findings.some((finding) => finding.rule === RULES.agreementRenewalDue)) return 'notice';
  return 'running';
}
