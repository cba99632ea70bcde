import { describe, expect, it } from 'vitest';
import { LIST_EVERYTHING_UP_TO, PAGES_AROUND, sectionNavigation } from '../../src/site/section-navigation.ts';

const FUNCTIONS = ['rnd', 'ip', 'legal', 'marketing'] as const;

/** A handbook of `count` playbooks, each with one function in turn, as the navigation reads it. */
function handbookOf(count: number) {
  const playbooks = Array.from({ length: count }, (_, index) => ({
    collection: 'playbooks' as const,
    id: `playbook-${String(index).padStart(5, '0')}`,
    data: { title: `Playbook ${String(index).padStart(5, '0')}`, functions: [FUNCTIONS[index % FUNCTIONS.length]], teams: [], tags: [] },
  }));
  return { playbooks, roles: [], handovers: [], partners: [], glossary: [], people: [], peopleById: new Map(), rolesById: new Map() } as never as Parameters<typeof sectionNavigation>[0];
}

const linksOf = (navigation: ReturnType<typeof sectionNavigation>) => navigation.groups.reduce((sum, group) => sum + group.pages.length, 0);

describe('the section navigation', () => {
  it('lists a small section in full, in groups, with the current page marked and its group open', () => {
    const handbook = handbookOf(8);
    const navigation = sectionNavigation(handbook, (handbook as never as { playbooks: { id: string }[] }).playbooks[5] as never);
    expect(navigation.grouping).toBe('function');
    expect(navigation.groups.map((group) => [group.label, group.count, group.current])).toEqual([
      ['R&D', 2, false],
      ['IP', 2, true],
      ['Legal', 2, false],
      ['Marketing', 2, false],
    ]);
    expect(linksOf(navigation)).toBe(8);
    expect(navigation.groups[1]!.pages.filter((page) => page.current).map((page) => page.href)).toEqual(['/playbooks/playbook-00005/']);
  });

  it('lists only the pages around the current one in a large section, and links to the other groups', () => {
    const handbook = handbookOf(LIST_EVERYTHING_UP_TO * 10);
    const navigation = sectionNavigation(handbook, (handbook as never as { playbooks: { id: string }[] }).playbooks[401] as never);
    const current = navigation.groups.find((group) => group.current)!;
    expect(current.pages).toHaveLength(PAGES_AROUND * 2 + 1);
    expect(current.pages[PAGES_AROUND]).toMatchObject({ href: '/playbooks/playbook-00401/', current: true });
    for (const group of navigation.groups.filter((other) => !other.current)) {
      expect(group.pages).toEqual([]);
      expect(group.href).toMatch(/^\/playbooks\/#function-/);
    }
  });

  it('costs a page the same whatever the size of the section, so the site grows in step with the handbook', () => {
    const cost = (count: number) => {
      const handbook = handbookOf(count);
      return linksOf(sectionNavigation(handbook, (handbook as never as { playbooks: { id: string }[] }).playbooks[count - 1] as never));
    };
    expect(cost(1_000)).toBe(cost(20_000));
    expect(cost(20_000)).toBeLessThanOrEqual(PAGES_AROUND * 2 + 1);
  });
});
