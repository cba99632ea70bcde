import { describeRuleDocs } from '../helpers/rule-test.ts';

describeRuleDocs('bidi-control');
