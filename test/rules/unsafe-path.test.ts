import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLines, makeHandbook, playbook } from '../helpers/check-fixture.ts';
import { ruleExamples } from '../helpers/rule-docs.ts';
import { describeRuleDocs } from '../helpers/rule-test.ts';

describeRuleDocs('unsafe-path');

describe('unsafe-path: symlinks', () => {
  it('reports a symlink out of the handbook exactly as documented, without reading it', async () => {
    const root = makeHandbook();
    symlinkSync('/etc/passwd', join(root, 'content/playbooks/passwords.md'));
    const documented = ruleExamples('unsafe-path').find((example) => example.verdict === 'not-ok')!;
    expect(await checkLines(root, { only: ['unsafe-path'] })).toEqual(documented.output);
    expect((await checkLines(root)).filter((line) => line.includes('passwords.md'))).toEqual(documented.output);
  });

  it('accepts a symlink that stays inside its folder', async () => {
    const root = makeHandbook({ 'content/playbooks/fto.md': playbook('Check the claims.') });
    symlinkSync(join(root, 'content/playbooks/fto.md'), join(root, 'content/playbooks/fto-alias.md'));
    expect((await checkLines(root, { only: ['unsafe-path'] }))).toEqual([]);
  });
});
