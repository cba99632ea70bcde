/** `agreement-expired`: an active agreement past its end date. */
import { locate } from '../locate.ts';
import { docsPath, type Rule } from '../rule.ts';
import { activeAgreement } from './agreement-state.ts';
import { relativeDays } from './page-review.ts';

export const agreementExpired: Rule = {
  id: 'agreement-expired',
  group: 'partners',
  severity: 'error',
  summary: 'An active partner agreement must not be past its `end` date.',
  docs: docsPath('agreement-expired'),
  check(file, context) {
    const found = activeAgreement(file, context);
    if (found?.status.state !== 'expired') return [];
    return [{
      ...locate(file, ['end']),
      message: `Agreement with ${found.agreement.partner} ended on ${found.agreement.end} (${relativeDays(found.status.daysToEnd)})`,
      hint: 'record the renewal with a new `end` date, or set `status: retired`',
    }];
  },
};
