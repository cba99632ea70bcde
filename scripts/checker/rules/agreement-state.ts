/** A partner agreement's status as the partner rules see it, computed once per file. */
import { agreementStatus, type AgreementStatus } from '../../../src/lib/judging/agreement-status.ts';
import type { Partner } from '../../../src/schemas/index.ts';
import type { CheckContext, CheckedFile } from '../model.ts';

/** The status of an active agreement; undefined for anything else. */
export function activeAgreement(file: CheckedFile, context: CheckContext): { agreement: Partner; status: AgreementStatus } | undefined {
  return context.memo(file, 'agreement-status', () => {
    if (file.collection !== 'partners' || !file.data) return undefined;
    const agreement = file.data as Partner;
    if (agreement.status !== 'active') return undefined;
    return { agreement, status: agreementStatus(agreement, context.today, context.config.check.renewal_window) };
  });
}
