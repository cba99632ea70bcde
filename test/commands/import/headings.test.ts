import { describe, expect, it } from 'vitest';
import { dropHeadingAttributes, leadingTitle, movedAnchors } from '../../../scripts/commands/import/headings.ts';

describe('importing headings', () => {
  it('takes the leading `#` heading out of the body when it becomes the title, its lines left blank', () => {
    expect(leadingTitle('\n# Über `uns` {#about}\n\nText.\n', false)).toEqual({ title: 'Über `uns`', body: '\n\n\nText.\n' });
    expect(leadingTitle('Welcome\n=======\n\nText.\n', false)).toEqual({ title: 'Welcome', body: '\n\n\nText.\n' });
  });

  it('takes no title from a page whose first heading is not an `#` heading, or from a `#` line in code', () => {
    expect(leadingTitle('## Setup\n\n# Later\n', false)).toBeUndefined();
    expect(leadingTitle('```sh\n# not a heading\n```\n', false)).toBeUndefined();
  });

  it('drops heading attribute blocks and keeps the heading text, line for line', () => {
    const body = '## Install {#setup}\n\nText {#not-a-heading}\n\nOther {#other .wide}\n-----\n\n```\n## Code {#kept}\n```\n';
    expect(dropHeadingAttributes(body, false)).toEqual({ body: '## Install\n\nText {#not-a-heading}\n\nOther\n-----\n\n```\n## Code {#kept}\n```\n', dropped: 2 });
  });

  it('maps each written heading id to the id Baton gives the heading, and the dropped title to none', () => {
    const written = '# Guide\n\n## Install {#setup}\n\n## Guide\n\n## Use\n';
    const shown = '\n\n## Install\n\n## Guide\n\n## Use\n';
    expect(movedAnchors(written, shown, { mdx: false, titleDropped: true })).toEqual(new Map([['guide', ''], ['setup', 'install'], ['guide-1', 'guide']]));
  });

  it('maps nothing when the headings no longer match one for one', () => {
    expect(movedAnchors('## A {#x}\n\n## B\n', '## A\n', { mdx: false, titleDropped: false })).toEqual(new Map());
  });
});
