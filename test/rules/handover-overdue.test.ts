import { describeRuleDocs } from '../helpers/rule-test.ts';

describeRuleDocs('handover-overdue');
