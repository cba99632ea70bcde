import { describeRuleDocs } from '../helpers/rule-test.ts';

describeRuleDocs('kpi-not-measured');
