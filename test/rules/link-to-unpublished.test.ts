import { describeRuleDocs } from '../helpers/rule-test.ts';

describeRuleDocs('link-to-unpublished');
