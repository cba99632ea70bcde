/** `kpi-not-measured`: a KPI not measured within the agreement's review cadence. */
import { RULES } from '../../../src/lib/rules.ts';
import { attentionRule } from './attention-rules.ts';

export const kpiNotMeasured = attentionRule(RULES.kpiNotMeasured);
