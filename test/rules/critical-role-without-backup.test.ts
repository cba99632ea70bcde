import { describeRuleDocs } from '../helpers/rule-test.ts';

describeRuleDocs('critical-role-without-backup');
