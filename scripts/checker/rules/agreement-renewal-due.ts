/** `agreement-renewal-due`: an agreement whose renewal notice date is near or has passed. */
import { locate } from '../locate.ts';
import { docsPath, type Rule } from '../rule.ts';
import { activeAgreement } from './agreement-state.ts';
import { relativeDays } from './page-review.ts';

export const agreementRenewalDue: Rule = {
  id: 'agreement-renewal-due',
  group: 'partners',
  severity: 'warning',
  summary: 'An agreement whose last day to give renewal notice (`end` minus `renewal_notice`) falls within `check.renewal_window` is flagged.',
  docs: docsPath('agreement-renewal-due'),
  check(file, context) {
    const found = activeAgreement(file, context);
    if (found?.status.state !== 'renewal-due') return [];
    const { agreement, status } = found;
    const notice = status.daysToNotice >= 0 ? `notice to renew or exit is due by ${status.noticeBy} (${relativeDays(status.daysToNotice)})` : `the notice date ${status.noticeBy} has passed`;
    return [{
      ...locate(file, ['end']),
      message: `Agreement with ${agreement.partner} ends on ${agreement.end}; ${notice}`,
      hint: 'decide with the partner whether to renew, and record the decision on this page',
    }];
  },
};
