import { describeRuleDocs } from '../helpers/rule-test.ts';

describeRuleDocs('translation-behind');
