import { describeRuleDocs } from '../helpers/rule-test.ts';

describeRuleDocs('page-limits');
