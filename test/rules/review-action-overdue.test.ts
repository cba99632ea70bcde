import { describeRuleDocs } from '../helpers/rule-test.ts';

describeRuleDocs('review-action-overdue');
