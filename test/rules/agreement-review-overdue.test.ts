import { describeRuleDocs } from '../helpers/rule-test.ts';

describeRuleDocs('agreement-review-overdue');
