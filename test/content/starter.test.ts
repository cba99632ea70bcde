import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kpiStatus } from '../../src/lib/judging/kpi-status.ts';
import { readEntry } from '../../src/lib/reading/read-entry.ts';
import type { Partner, Person } from '../../src/schemas/index.ts';
import { offsetChanges } from '../../src/lib/shared-hours.ts';
import { zoneOffsetMinutes } from '../../src/lib/working-time.ts';
import { TEST_TODAY } from '../helpers/project.ts';
import { collectionNames } from '../../src/schemas/index.ts';
import { projectRoot } from '../helpers/project.ts';

const files = collectionNames.flatMap((collection) =>
  readdirSync(join(projectRoot, 'content', collection))
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => ({ collection, path: `content/${collection}/${name}` })),
);

describe('the starter handbook', () => {
  it.each(files)('$path passes its schema', ({ collection, path }) => {
    const entry = readEntry(collection, path, readFileSync(join(projectRoot, path)));
    expect(entry.problems).toEqual([]);
    expect(entry.data).toBeDefined();
  });

  it('has the minimum of every type the brief asks for', () => {
    const count = (collection: string) => files.filter((file) => file.collection === collection).length;
    expect(count('playbooks')).toBeGreaterThanOrEqual(11);
    expect(count('roles')).toBeGreaterThanOrEqual(8);
    expect(count('handovers')).toBeGreaterThanOrEqual(3);
    expect(count('partners')).toBeGreaterThanOrEqual(4);
  });

  it('covers every state: handovers, agreement kinds, a draft, a confidential page and a departed person', () => {
    const data = files.map(({ collection, path }) => ({ collection, data: readEntry(collection, path, readFileSync(join(projectRoot, path))).data as Record<string, unknown> }));
    const values = (collection: string, key: string) => new Set(data.filter((entry) => entry.collection === collection).map((entry) => entry.data[key]));
    expect(values('handovers', 'state')).toEqual(new Set(['planned', 'in-progress', 'complete']));
    expect(values('partners', 'kind')).toEqual(new Set(['joint-venture', 'strategic-alliance', 'licensing', 'research-collaboration']));
    expect(values('playbooks', 'status')).toContain('draft');
    expect(values('partners', 'confidentiality')).toContain('confidential');
    expect(values('people', 'status')).toContain('left');
  });

  it('keeps every published agreement\'s health: readings, a review with actions, obligations, exit terms; one KPI off track, one dispute open at its second level', () => {
    const agreements = files
      .filter((file) => file.collection === 'partners')
      .map(({ path }) => readEntry('partners', path, readFileSync(join(projectRoot, path))).data as Partner)
      .filter((agreement) => agreement.confidentiality !== 'confidential');
    for (const agreement of agreements) {
      expect(agreement.review_cadence, agreement.title).toBeDefined();
      expect(agreement.kpis.every((kpi) => kpi.measurements.length > 0), agreement.title).toBe(true);
      expect(agreement.reviews.some((review) => review.actions.length > 0), agreement.title).toBe(true);
      expect(agreement.obligations.length, agreement.title).toBeGreaterThan(0);
      expect(agreement.exit, agreement.title).toBeDefined();
    }
    const offTrack = agreements.flatMap((agreement) => agreement.kpis.filter((kpi) => kpiStatus(kpi, TEST_TODAY).state === 'off-track').map((kpi) => kpi.name));
    expect(offTrack).toHaveLength(1);
    const open = agreements.flatMap((agreement) => agreement.disputes.filter((dispute) => dispute.state === 'open'));
    expect(open.map((dispute) => dispute.level)).toEqual([2]);
  });

  it('spreads its people over five or more time zones, one with daylight saving in the southern summer and one without any, each with working hours and languages', () => {
    const people = files.filter((file) => file.collection === 'people').map(({ path }) => readEntry('people', path, readFileSync(join(projectRoot, path))).data as Person);
    expect(people.filter((person) => !person.working_hours || !person.languages?.length).map((person) => person.name)).toEqual([]);
    const zones = [...new Set(people.map((person) => person.timezone))];
    expect(zones.length).toBeGreaterThanOrEqual(5);
    const changes = (zone: string) => offsetChanges([zone], '2026-01-01', 365);
    // Southern daylight saving: the offset in January (summer there) is ahead of July's.
    const southernSummerTime = zones.filter((zone) => zoneOffsetMinutes(zone, Date.parse('2026-01-15T00:00:00Z')) > zoneOffsetMinutes(zone, Date.parse('2026-07-15T00:00:00Z')));
    expect(southernSummerTime.length).toBeGreaterThan(0);
    expect(zones.filter((zone) => changes(zone).length === 0).length).toBeGreaterThan(0);
  });
});
