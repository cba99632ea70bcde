import { describeRuleDocs } from '../helpers/rule-test.ts';

describeRuleDocs('review-interval-too-long');
