import { describeRuleDocs } from '../helpers/rule-test.ts';

describeRuleDocs('broken-anchor');
