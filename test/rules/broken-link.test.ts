import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLines, makeHandbook, playbook } from '../helpers/check-fixture.ts';
import { describeRuleDocs } from '../helpers/rule-test.ts';

describeRuleDocs('broken-link');

const links = (root: string) => checkLines(root, { only: ['links'] });

describe('broken-link: the link forms a handbook uses', () => {
  it('accepts site paths with and without a trailing slash, index pages and %-encoding', async () => {
    const root = makeHandbook({
      'content/playbooks/fto.md': playbook('[a](/roles/head-of-ip) [b](/roles/head-of-ip/) [c](/roles/head-of-ip/index.html) [d](/roles/) [e](/) [f](/search/?q=ip) [g](./%66to.md) [h](../roles/)'),
    });
    expect(await links(root)).toEqual([]);
  });

  it('accepts tag and team pages that exist and reports those that do not', async () => {
    const root = makeHandbook({ 'content/playbooks/fto.md': playbook('[a](/tags/launch/) [b](/teams/rnd/) [c](/tags/nothing/) [d](/teams/sales/)', ['tags: [launch]']) });
    expect(await links(root)).toEqual([
      'content/playbooks/fto.md:12:37  error  Link target `/tags/nothing/` is not a page of the site; no published page has the tag `nothing`  broken-link',
      'content/playbooks/fto.md:12:57  error  Link target `/teams/sales/` is not a page of the site; `sales` is not a team in `baton.config.yml`  broken-link',
    ]);
  });

  it('reports a link to a partial and to a file the site does not publish', async () => {
    const root = makeHandbook({
      'content/playbooks/fto.md': playbook('[a](./_steps.md) [b](./diagram.png)'),
      'content/playbooks/_steps.md': 'Steps.\n',
      'content/playbooks/diagram.png': 'not really a png',
    });
    expect(await links(root)).toEqual([
      'content/playbooks/fto.md:11:1  error  Link target `./_steps.md` is a partial, which the site does not publish as a page; link to the page that includes it  broken-link',
      'content/playbooks/fto.md:11:18  error  Link target `./diagram.png` is not published by the site; put files readers should open under `public/` and link to them as `/<path>`  broken-link',
    ]);
  });

  it('checks href in MDX JSX and src in raw HTML images', async () => {
    const root = makeHandbook({ 'content/playbooks/fto.mdx': playbook('<Card href="/roles/nobody/">Nobody</Card>\n\n<img src="/images/missing.png" alt="" />') });
    expect(await links(root)).toEqual([
      'content/playbooks/fto.mdx:11:1  error  Link target `/roles/nobody/` is not a page of the handbook; no role has the id `nobody`  broken-link',
      'content/playbooks/fto.mdx:13:1  error  Link target `/images/missing.png` is not a file in `public/`; put the file under `public/`, or fix the path  broken-link',
    ]);
  });

  it('accepts an image that is in public/', async () => {
    const root = makeHandbook({ 'content/playbooks/fto.md': playbook('![ladder](/images/ladder.svg)'), 'public/images/ladder.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>' });
    expect(await links(root)).toEqual([]);
  });

  it('checks any folder of Markdown without Baton frontmatter with --only links', async () => {
    const root = makeHandbook();
    mkdirSync(join(root, 'legacy/guides'), { recursive: true });
    writeFileSync(join(root, 'legacy/index.md'), '# Legacy\n\nSee [the guide](./guides/setup.md#install) and [old](./guides/old.md).\n');
    writeFileSync(join(root, 'legacy/guides/setup.md'), '# Setup\n\n## Installing\n\nBack to [the index](../index.md#legacy).\n');
    expect(await checkLines(root, { paths: ['legacy'], only: ['links'] })).toEqual([
      'legacy/index.md:3:5  error  Heading `#install` does not exist in `legacy/guides/setup.md`; did you mean `#installing`?  broken-anchor',
      'legacy/index.md:3:48  error  Link target `./guides/old.md` does not exist; check the path  broken-link',
    ]);
  });

  it('reports only the requested paths while judging links against the whole handbook', async () => {
    const root = makeHandbook({
      'content/playbooks/fto.md': playbook('[triage](./triage.md)'),
      'content/playbooks/triage.md': playbook('[missing](./missing.md)'),
    });
    expect(await checkLines(root, { paths: ['content/playbooks/fto.md'], only: ['links'] })).toEqual([]);
    expect(await checkLines(root, { paths: ['content/playbooks/triage.md'], only: ['links'] })).toHaveLength(1);
  });
});
