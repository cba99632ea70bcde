import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKER_RULES as RULES } from '../../scripts/checker/rules/index.ts';
import { projectRoot } from '../helpers/project.ts';

const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
const packageJson = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };

describe('the README', () => {
  it.each(RULES.map((rule) => rule.id))('lists the rule %s with a link to its page', (id) => {
    expect(readme).toContain(`[\`${id}\`](scripts/checker/rules/${id}.md)`);
  });

  it.each(Object.keys({ ...packageJson.dependencies, ...packageJson.devDependencies }))('says why the dependency %s is there', (name) => {
    expect(readme).toMatch(new RegExp(`\`${name.replace(/[/@.]/g, '\\$&')}\``));
  });

  it('shows the two commands: one serves the handbook, one runs every test', () => {
    expect(readme).toContain('npm start');
    expect(readme).toContain('npm test');
  });
});
