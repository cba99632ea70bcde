import { describeRuleDocs } from '../helpers/rule-test.ts';

describeRuleDocs('placeholder-text');
