import { describeRuleDocs } from '../helpers/rule-test.ts';

describeRuleDocs('departed-owner');
