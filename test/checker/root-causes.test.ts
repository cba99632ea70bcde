/** A problem is reported once, where it is: the pages around it are not flooded with its echoes. */
import { describe, expect, it } from 'vitest';
import { checkLines, makeHandbook, playbook } from '../helpers/check-fixture.ts';

describe('root causes, not cascades', () => {
  it('reports a mistyped field once, not once more in every page that links to the page', async () => {
    const linking = Object.fromEntries(
      [1, 2, 3, 4, 5, 6].map((number) => [`content/playbooks/reader-${number}.md`, playbook(`Read [the intake](./intake.md#steps) first.`).replace('title: Freedom-to-operate check', `title: Reader ${number}`)]),
    );
    const root = makeHandbook({ ...linking, 'content/playbooks/intake.md': playbook('## Steps\n\nFirst this.').replace('owner: ada-okafor', 'ownr: ada-okafor') });
    expect(await checkLines(root)).toEqual([
      'content/playbooks/intake.md:1:1  error  Required field `owner` is missing; add `owner:` to the frontmatter  schema',
      'content/playbooks/intake.md:4:1  error  Unknown field `ownr`; did you mean `owner`?  schema',
    ]);
  });
});
