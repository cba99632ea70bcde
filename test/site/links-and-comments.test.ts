import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { hasClass, hrefs, id, parsePage, readPage, tag, within } from '../helpers/html.ts';
import { readSitePages } from '../helpers/site-files.ts';

const sites = { starter: inject('starterSite'), fixture: inject('fixtureSite') };

/** Links that stay on the site: everything but full URLs to other hosts. */
const internal = (href: string) => !/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('//');

describe('links in the built site', () => {
  for (const [name, site] of Object.entries(sites)) {
    it(`leaves no link to a .md or .mdx file anywhere in the ${name} site`, () => {
      const offenders = readSitePages(site).flatMap((page) =>
        hrefs(parsePage(page.text))
          .filter((href) => internal(href) && /\.mdx?(?:[#?]|$)/.test(href))
          .map((href) => `${page.path}: ${href}`),
      );
      expect(offenders).toEqual([]);
    });
  }

  it('turns a relative .md link with an anchor into the page URL and anchor', () => {
    expect(hrefs(readPage(sites.fixture, '/playbooks/sample-intake/'))).toContain('/playbooks/labelling-rules/#step-two');
  });

  it('turns links into another section into that section’s page URL', () => {
    const links = hrefs(readPage(sites.fixture, '/playbooks/sample-intake/'));
    expect(links).toContain('/roles/lab-lead/');
    expect(links).toContain('/partners/open-alliance/');
  });

  it('rewrites links written in raw HTML too', () => {
    const note = readPage(sites.fixture, '/playbooks/sample-intake/').find(hasClass('note'));
    expect(hrefs(within(note!))).toEqual(['/playbooks/labelling-rules/']);
  });

  it('rewrites links in MDX pages, in Markdown syntax and in JSX', () => {
    const links = hrefs(readPage(sites.fixture, '/playbooks/bench-etiquette/'));
    expect(links).toContain('/playbooks/sample-intake/');
    expect(links).toContain('/playbooks/labelling-rules/');
  });

  for (const [name, site] of Object.entries(sites)) {
    it(`leads every internal link of the ${name} site to a page that exists, and every anchor to an element with that id`, () => {
      const broken = readSitePages(site).flatMap((page) =>
        hrefs(parsePage(page.text))
          .filter((href) => href.startsWith('/') && !href.startsWith('//'))
          .filter((href) => {
            const [address = '', anchor] = href.split('#');
            // A query string (search links: `/search/?review=Overdue`) does not change which file is served.
            const path = address.split('?')[0]!;
            const target = path.endsWith('/') ? `${path}index.html` : path;
            if (!existsSync(join(site, target))) return true;
            return anchor !== undefined && anchor !== '' && !readPage(site, path).find(id(decodeURIComponent(anchor)));
          })
          .map((href) => `${page.path}: ${href}`),
      );
      expect(broken).toEqual([]);
    });
  }

  it('keeps the starter handbook’s images at their site paths', () => {
    const images = readPage(sites.starter, '/playbooks/partnership-escalation/').all(tag('img'));
    expect(images.map((image) => image.properties.src)).toContain('/images/escalation-ladder.svg');
  });
});

describe('HTML comments', () => {
  for (const [name, site] of Object.entries(sites)) {
    it(`are never published in the ${name} site`, () => {
      const withComments = readSitePages(site).filter((page) => page.text.includes('<!--'));
      expect(withComments.map((page) => page.path)).toEqual([]);
    });
  }

  it('take their text with them, inline, in blocks and unterminated', () => {
    const html = readPage(sites.fixture, '/playbooks/sample-intake/').html;
    expect(html).not.toMatch(/COMMENTMARKER/);
    expect(html).toContain('The labelling rules');
  });
});
