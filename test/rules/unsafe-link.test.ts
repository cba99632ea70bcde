import { describeRuleDocs } from '../helpers/rule-test.ts';

describeRuleDocs('unsafe-link');
