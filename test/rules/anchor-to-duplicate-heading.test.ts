import { describeRuleDocs } from '../helpers/rule-test.ts';

describeRuleDocs('anchor-to-duplicate-heading');
