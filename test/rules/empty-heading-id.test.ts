import { describeRuleDocs } from '../helpers/rule-test.ts';

describeRuleDocs('empty-heading-id');
