import { describeRuleDocs } from '../helpers/rule-test.ts';

describeRuleDocs('obligation-missed');
