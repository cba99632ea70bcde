import { describe, expect, inject, it } from 'vitest';
import { hasClass, hrefs, labelledBy, readPage, tag, text, within, type Page } from '../helpers/html.ts';

const site = inject('fixtureSite');

/** The value next to a `<dt>` label in the page's fact lists. */
function fact(page: Page, label: string): string | undefined {
  for (const list of page.all(tag('dl'))) {
    const items = list.children.filter((child) => child.type === 'element') as { tagName: string }[];
    const index = items.findIndex((item) => item.tagName === 'dt' && text(item as never) === label);
    if (index !== -1) return text(items[index + 1] as never);
  }
  return undefined;
}

describe('every entry page', () => {
  const page = readPage(site, '/playbooks/sample-intake/');

  it('shows the title, the summary and badges for type, confidentiality and review state', () => {
    expect(text(page.find(tag('h1'))!)).toBe('Sample intake');
    expect(text(page.find(hasClass('lede'))!)).toBe('How a sample is logged, labelled and stored when it reaches the lab.');
    expect(page.all(hasClass('badge')).map(text)).toEqual(expect.arrayContaining(['Playbook', 'internal', 'Overdue']));
  });

  it('shows a banner on an overdue page, naming the owner and the day the review was due', () => {
    const banner = page.find(hasClass('banner'));
    expect(text(banner!)).toContain('This page is overdue for review.');
    expect(text(banner!)).toContain('due on 10 Jul 2025');
    expect(hrefs(within(banner!))).toEqual(['/people/ada-quill/']);
  });

  it('links the owner and reviewers to their pages, and marks a reviewer who left', () => {
    expect(fact(page, 'Owner')).toBe('Ada Quill');
    expect(fact(page, 'Reviewers')).toBe('Bruno Vale left');
  });

  it('shows review dates as the calendar dates written, whatever the time zone', () => {
    expect(fact(page, 'Last reviewed')).toBe('10 Jan 2025, every 6 months');
    expect(fact(readPage(site, '/playbooks/labelling-rules/'), 'Last reviewed')).toBe('1 Nov 2026, every 1 year');
  });

  it('links to the file on the forge for editing and to its history', () => {
    const links = hrefs(page);
    expect(links).toContain('https://forge.example/fieldnotes/edit/main/content/playbooks/sample-intake.md');
    expect(links).toContain('https://forge.example/fieldnotes/commits/main/content/playbooks/sample-intake.md');
  });

  it('has breadcrumbs from the home page through its section', () => {
    const crumbs = page.find((element) => element.tagName === 'nav' && element.properties.ariaLabel === 'Breadcrumb');
    expect(within(crumbs!).all(tag('li')).map(text)).toEqual(['Home', 'Playbooks', 'Sample intake']);
  });

  it('has a table of contents of its headings', () => {
    const toc = page.find(hasClass('toc'));
    expect(hrefs(within(toc!))).toEqual(['#logging-a-sample', '#storing-it']);
  });

  it('lists the pages that link to it', () => {
    const backlinks = readPage(site, '/playbooks/sample-intake/').find(hasClass('backlinks'));
    expect(hrefs(within(backlinks!)).sort()).toEqual(['/glossary/chain-of-custody/', '/playbooks/bench-etiquette/', '/playbooks/labelling-rules/', '/roles/lab-lead/']);
  });

  it('links to the previous and next page of its section', () => {
    const nav = readPage(site, '/playbooks/labelling-rules/').find(hasClass('prev-next'));
    expect(hrefs(within(nav!))).toEqual(['/playbooks/bench-etiquette/', '/playbooks/sample-intake/']);
  });

  it('links its tags to their pages', () => {
    expect(hrefs(within(page.find(hasClass('tags'))!))).toEqual(['/tags/samples/', '/tags/lab/']);
  });
});

describe('a role page', () => {
  const page = readPage(site, '/roles/lab-lead/');

  it('shows the holder, backup, successor, critical flag, region and time zone', () => {
    expect(fact(page, 'Holder')).toBe('Bruno Vale left');
    expect(fact(page, 'Backup')).toBe('None');
    expect(fact(page, 'Successor')).toBe('None named');
    expect(fact(page, 'Critical')).toMatch(/^Yes/);
    expect(fact(page, 'Region')).toBe('Americas (America/Chicago)');
  });

  it('warns about a succession gap of a critical role', () => {
    expect(page.all(hasClass('banner')).map(text)).toContain('Succession gap: No backup.');
  });

  it('lists the playbooks that name it and its open handovers', () => {
    const links = hrefs(within(page.find(hasClass('details'))!));
    expect(links).toContain('/playbooks/sample-intake/');
    expect(links).toContain('/handovers/lab-lead-bruno-to-carla/');
  });
});

describe('a handover page', () => {
  const page = readPage(site, '/handovers/lab-lead-bruno-to-carla/');

  it('says who hands over to whom, by when and in what state', () => {
    expect(fact(page, 'From')).toBe('Bruno Vale left');
    expect(fact(page, 'To')).toBe('Carla Ruiz');
    expect(fact(page, 'Due')).toBe('10 Nov 2026');
    expect(fact(page, 'State')).toBe('In progress');
  });

  it('shows checklist progress and the transfer sessions', () => {
    expect(fact(page, 'Progress')).toContain('3 of 5 items done');
    expect(page.find(tag('progress'))!.properties).toMatchObject({ max: '5', value: '3' });
    expect(text(page.find(hasClass('details'))!)).toContain('Instrument calibration');
  });

  it('is marked overdue once its due date has passed with items open', () => {
    expect(page.all(hasClass('banner')).map(text)).toContain('This handover is overdue: it was due on 10 Nov 2026 and items are still open.');
  });
});

describe('a partner agreement page', () => {
  const page = readPage(site, '/partners/open-alliance/');

  it('shows kind, partner and term', () => {
    expect(fact(page, 'Partner')).toBe('Marlow Instruments Ltd.');
    expect(fact(page, 'Kind')).toBe('Strategic alliance');
    expect(fact(page, 'Term')).toBe('1 Feb 2024 to 31 Mar 2027');
  });

  it('counts down to the renewal notice date', () => {
    expect(page.all(hasClass('banner')).map(text)).toContain('Renewal: Renew or give notice by 31 Dec 2026: 38 days left.');
  });

  it('highlights milestones that are past due', () => {
    const late = page.all((element) => element.tagName === 'tr' && hasClass('late')(element)).map((row) => within(row).all(tag('td')).map(text));
    expect(late.filter((cells) => cells[1] === 'Milestone' || cells[1] === 'Deliverable')).toEqual([['Field trial report', 'Milestone', '31 Oct 2026', 'Overdue']]);
  });

  it('shows the escalation path with our people linked', () => {
    const path = page.find(hasClass('escalation'));
    expect(within(path!).all(tag('li')).map(text)).toEqual([
      'Alliance managers: Both alliance managers (ours: Carla Ruiz), within 14 days',
      "Directors: Lab director and Marlow's CTO (ours: Ada Quill)",
    ]);
  });
});

describe('a person page', () => {
  it('lists what they own, review and hold', () => {
    const page = readPage(site, '/people/ada-quill/');
    expect(hrefs(within(page.find(labelledBy('owns-title'))!)).sort()).toEqual(['/dashboard/#owner-ada-quill', '/glossary/chain-of-custody/', '/handovers/lab-lead-bruno-to-carla/', '/playbooks/bench-etiquette/', '/playbooks/sample-intake/', '/roles/lab-lead/']);
    expect(hrefs(within(page.find(labelledBy('reviews-title'))!))).toEqual(['/playbooks/labelling-rules/']);
    expect(within(page.find(labelledBy('involved-title'))!).all(tag('li')).map(text)).toEqual(['Handover: lab lead, Bruno Vale to Carla Ruiz as mentor', 'Open Alliance with Marlow Instruments as escalation contact']);
  });

  it('says a departed person has left and lists everything that must be reassigned', () => {
    const page = readPage(site, '/people/bruno-vale/');
    expect(text(page.find(hasClass('banner'))!)).toBe('Bruno Vale left on 15 Oct 2026. 2 responsibilities below must be reassigned.');
    const reassign = page.find(hasClass('reassign'));
    expect(within(reassign!).all(tag('li')).map(text)).toEqual(['Sample intake (Playbook, as reviewer)', 'Lab lead (Role, as holder)']);
  });
});
