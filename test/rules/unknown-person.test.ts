import { describeRuleDocs } from '../helpers/rule-test.ts';

describeRuleDocs('unknown-person');
