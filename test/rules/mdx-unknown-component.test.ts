import { describeRuleDocs } from '../helpers/rule-test.ts';

describeRuleDocs('mdx-unknown-component');
