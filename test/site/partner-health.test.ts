/**
 * What the built site shows of a partnership's health: KPI status and trend charts on the agreement
 * page, reviews and their actions, open disputes on the escalation path, obligations and exit terms;
 * the partner portfolio; all from the fixture handbook as of the test day.
 */
import { describe, expect, inject, it } from 'vitest';
import { hasClass, labelledBy, readPage, tag, text, within, type Element } from '../helpers/html.ts';

const site = inject('fixtureSite');
const starter = inject('starterSite');

const rows = (scope: Element) => within(scope).all(tag('tr')).slice(1).map((row) => within(row).all((cell) => cell.tagName === 'td' || cell.tagName === 'th').map(text));

describe('an agreement page', () => {
  const page = readPage(site, '/partners/open-alliance/');

  it('gives each KPI its target, latest reading and status', () => {
    const kpis = page.find(labelledBy('partner-kpis'))!;
    expect(rows(within(kpis).find(tag('table'))!)).toEqual([
      ['Racks passing the cold test', '≥ 90 %', '70 % on 30 Sep 2026', 'Off track'],
      ['Partner satisfaction', 'Both sides would sign again', 'At risk on 30 Sep 2026', 'At risk'],
    ]);
  });

  it('draws a number KPI’s readings as a static SVG chart with a name, a description and the same readings in a table', () => {
    const kpis = page.find(labelledBy('partner-kpis'))!;
    const charts = within(kpis).all(tag('svg'));
    expect(charts).toHaveLength(1);
    expect(charts[0]!.properties).toMatchObject({ role: 'img', ariaLabelledBy: ['open-alliance-kpi-1-title', 'open-alliance-kpi-1-desc'] });
    expect(text(within(charts[0]!).find(tag('desc'))!)).toBe('2 readings from 30 Jun 2026 to 30 Sep 2026 against a target of ≥ 90 %; the latest, 70 %, is off track. The table below gives every reading.');
    expect(within(charts[0]!).all(tag('circle')).map((dot) => dot.properties.className)).toEqual([['trend-point', 'trend-on-track'], ['trend-point', 'trend-off-track']]);
    const readings = within(kpis).find((element) => element.tagName === 'table' && text(within(element).find(tag('caption')) ?? element).startsWith('Readings of Racks'))!;
    expect(rows(readings)).toEqual([
      ['30 Jun 2026', '92 %', 'On track', ''],
      ['30 Sep 2026', '70 %', 'Off track', 'The door seals failed below minus 70 degrees.'],
    ]);
  });

  it('sums up the review cadence, the KPIs and the open disputes among the facts', () => {
    const facts = text(within(page.find(hasClass('details'))!).find(hasClass('facts'))!);
    expect(facts).toContain('Reviews Reviewed quarterly; next due by 31 Dec 2026');
    expect(facts).toContain('KPIs 1 at risk, 1 off track');
    expect(facts).toContain('Open disputes 1 dispute');
  });

  it('lists each review with its decisions and actions, the late action marked', () => {
    const reviews = page.find(labelledBy('partner-reviews'))!;
    expect(text(reviews)).toContain('Reviewed quarterly. The last review was on 30 Sep 2026; the next is due by 31 Dec 2026 (in 38 days).');
    expect(text(within(reviews).find(tag('h4'))!)).toBe('30 Sep 2026: Quarterly review');
    expect(rows(within(reviews).find(tag('table'))!)).toEqual([
      ['Order the new door seals', 'Carla Ruiz', '15 Oct 2026', 'Overdue'],
      ['Share the cold test data with Marlow', 'Carla Ruiz', '10 Oct 2026', 'Done'],
    ]);
  });

  it('shows an open dispute on the escalation path, at its level, with how long it has sat there against the limit', () => {
    const disputes = page.find(labelledBy('partner-disputes'))!;
    expect(text(within(disputes).find(tag('h4'))!)).toBe('Who pays for the second cold chamber');
    expect(text(within(disputes).find(tag('p'))!)).toBe('Opened on 20 Oct 2026. At level 1 since 20 Oct 2026, 34 days; the level allows 14 days. Overstayed since 3 Nov 2026');
    const path = within(disputes).find(hasClass('dispute-path'))!;
    expect(within(path).all(tag('li')).map(text)).toEqual(['Alliance managers, within 14 days Here', 'Directors']);
    expect(within(path).all(tag('li')).map((item) => item.properties.ariaCurrent)).toEqual(['step', undefined]);
  });

  it('gives each obligation its next due date, and marks a missed one', () => {
    expect(rows(within(page.find(labelledBy('partner-obligations'))!).find(tag('table'))!)).toEqual([['Monthly test log from Marlow', 'Reporting', 'Marlow Instruments Ltd.', 'Carla Ruiz', 'monthly', '30 Nov 2026', 'Missed 31 Oct 2026']]);
  });

  it('states the exit terms, saying when the agreement cannot be ended for convenience', () => {
    const exit = text(page.find(labelledBy('partner-exit'))!);
    expect(exit).toContain('For convenience Not allowed: the agreement ends early only for cause.');
    expect(exit).toContain("For cause Either side, on 30 days' notice: A breach not put right within 30 days of notice.");
    expect(exit).toContain("Joint inventions Either party may file, with the other's consent.");
  });
});

describe('the partner portfolio', () => {
  it('lists every published agreement with its health at a glance, and no draft or confidential one', () => {
    const page = readPage(site, '/portfolio/');
    const table = page.find(hasClass('data-table'))!;
    expect(rows(table)).toEqual([
      ['Open Alliance with Marlow Instruments Marlow Instruments Ltd.', 'Strategic alliance', 'Carla Ruiz', '1 at risk 1 off track', 'Field trial report, 31 Oct 2026 Overdue', '31 Dec 2026 (due by)', '1 Overstayed Level 1: Alliance managers', '31 Dec 2026 (in 38 days) Notice due'],
    ]);
    expect(page.html).not.toMatch(/MARKER/);
  });

  it('can be filtered by kind and owner, with the table read in full without JavaScript', () => {
    const headers = readPage(site, '/portfolio/').find(hasClass('data-table'))!;
    const filters = within(headers).all((element) => element.tagName === 'th' && element.properties.dataFilter !== undefined).map(text);
    expect(filters).toEqual(['Kind', 'Owner']);
  });

  it('counts KPIs by status across the portfolio, with a chart and a table of the same numbers', () => {
    const page = readPage(starter, '/portfolio/');
    expect(page.all(hasClass('stat')).map(text)).toEqual(['10 On track', '3 At risk', '1 Off track', '0 Not measured', '4 Agreements']);
    const chart = within(page.find(labelledBy('kpi-chart'))!);
    expect(text(chart.find(tag('title'))!)).toBe('KPI status by agreement');
    expect(chart.all(tag('tr')).slice(1).map(text)).toContain('Corvanta Materials AG 2 1 1 0');
  });

  it('shows the starter’s open dispute at its second level', () => {
    const row = readPage(starter, '/portfolio/').all(tag('tr')).find((element) => text(element).startsWith('Lumen Corvanta'))!;
    expect(text(row)).toContain('1 Level 2: Parent liaison managers');
  });
});

describe('the dashboard', () => {
  it('lists what partnerships need, in the checker’s words', () => {
    const section = readPage(site, '/dashboard/').find(labelledBy('partnership-health'))!;
    expect(rows(within(section).find(tag('table'))!).map((row) => row[2])).toEqual([
      'Action `Order the new door seals` from the review on 2026-09-30 was due on 2026-10-15 (39 days ago) and is not done',
      'Obligation `Monthly test log from Marlow` owed by Marlow Instruments Ltd. was due on 2026-10-31 (23 days ago) and is not met',
      'Dispute `Who pays for the second cold chamber` has sat at level 1 (`Alliance managers`) since 2026-10-20 (34 days); the level allows 14 days, so it was to move on by 2026-11-03',
    ]);
  });
});
