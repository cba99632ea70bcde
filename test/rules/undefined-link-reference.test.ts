import { describeRuleDocs } from '../helpers/rule-test.ts';

describeRuleDocs('undefined-link-reference');
