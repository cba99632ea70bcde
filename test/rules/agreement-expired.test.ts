import { describeRuleDocs } from '../helpers/rule-test.ts';

describeRuleDocs('agreement-expired');
