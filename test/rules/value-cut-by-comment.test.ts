import { describeRuleDocs } from '../helpers/rule-test.ts';

describeRuleDocs('value-cut-by-comment');
