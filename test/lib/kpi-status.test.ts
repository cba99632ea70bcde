import { describe, expect, it } from 'vitest';
import { formatTarget, judgeValue, kpiStatus, looksNumeric, parseTarget, type Kpi } from '../../src/lib/judging/kpi-status.ts';

describe('KPI targets', () => {
  it('read a direction, a number and a unit, in symbols or words', () => {
    expect(parseTarget('>= 95 %')).toEqual({ direction: 'at-least', value: 95, unit: '%' });
    expect(parseTarget('<= 10 days')).toEqual({ direction: 'at-most', value: 10, unit: 'days' });
    expect(parseTarget('≥ 4.5 out of 5')).toEqual({ direction: 'at-least', value: 4.5, unit: 'out of 5' });
    expect(parseTarget('At least 6 a year')).toEqual({ direction: 'at-least', value: 6, unit: 'a year' });
    expect(parseTarget('at most 45 days')).toEqual({ direction: 'at-most', value: 45, unit: 'days' });
    expect(parseTarget('>=3')).toEqual({ direction: 'at-least', value: 3, unit: '' });
  });

  it('leave targets in words as words', () => {
    for (const words of ['Two peer-reviewed papers by the end of the term', 'At least three, each triaged within five working days', '92 percent or better', 'at least 6, reviewed by both parents']) {
      expect(parseTarget(words)).toBeUndefined();
    }
  });

  it('tell a mistyped number target from words', () => {
    expect(looksNumeric('>= ninety')).toBe(true);
    expect(looksNumeric('> 95 %')).toBe(true);
    expect(looksNumeric('At least three')).toBe(false);
  });

  it('print for readers with the mathematical signs', () => {
    expect(formatTarget(parseTarget('at least 92 %')!)).toBe('≥ 92 %');
    expect(formatTarget(parseTarget('<= 10 days')!)).toBe('≤ 10 days');
  });
});

describe('judging a value against a number target', () => {
  const atLeast = parseTarget('>= 92 %')!;
  const atMost = parseTarget('<= 10 days')!;

  it('is on track when the value meets the target, the target itself included', () => {
    expect(judgeValue(92, atLeast, undefined)).toBe('on-track');
    expect(judgeValue(97, atLeast, undefined)).toBe('on-track');
    expect(judgeValue(10, atMost, undefined)).toBe('on-track');
    expect(judgeValue(3, atMost, undefined)).toBe('on-track');
  });

  it('is at risk within a tenth of the target by default, and off track beyond', () => {
    expect(judgeValue(82.8, atLeast, undefined)).toBe('at-risk');
    expect(judgeValue(82.7, atLeast, undefined)).toBe('off-track');
    expect(judgeValue(11, atMost, undefined)).toBe('at-risk');
    expect(judgeValue(11.5, atMost, undefined)).toBe('off-track');
  });

  it('takes the tolerance the KPI gives instead', () => {
    expect(judgeValue(90, atLeast, 2)).toBe('at-risk');
    expect(judgeValue(89.9, atLeast, 2)).toBe('off-track');
    expect(judgeValue(10.1, atMost, 0)).toBe('off-track');
  });
});

describe('a KPI’s status', () => {
  const yieldKpi: Kpi = {
    name: 'Yield',
    target: '>= 92 %',
    measurements: [
      { on: '2026-09-30', value: 88 },
      { on: '2026-06-30', value: 93 },
      { on: '2026-12-31', value: 80 },
    ],
  };

  it('comes from the latest measurement on or before the day, whatever the order written', () => {
    expect(kpiStatus(yieldKpi, '2026-11-23')).toEqual({ state: 'at-risk', target: { direction: 'at-least', value: 92, unit: '%' }, latest: { on: '2026-09-30', value: 88 } });
    expect(kpiStatus(yieldKpi, '2026-07-01').state).toBe('on-track');
    expect(kpiStatus(yieldKpi, '2027-01-01').state).toBe('off-track');
  });

  it('is not measured before the first measurement', () => {
    expect(kpiStatus(yieldKpi, '2026-06-29')).toEqual({ state: 'not-measured', target: { direction: 'at-least', value: 92, unit: '%' } });
    expect(kpiStatus({ name: 'Papers', target: 'Two by the end', measurements: [] }, '2026-11-23')).toEqual({ state: 'not-measured' });
  });

  it('takes the status a measurement of a target in words gives', () => {
    const papers: Kpi = { name: 'Papers', target: 'Two by the end of the term', measurements: [{ on: '2026-10-01', status: 'at-risk', note: 'One submitted' }] };
    expect(kpiStatus(papers, '2026-11-23').state).toBe('at-risk');
  });
});
