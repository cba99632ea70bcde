import { describeRuleDocs } from '../helpers/rule-test.ts';

describeRuleDocs('dispute-overstayed');
