import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKER_RULES as RULES } from '../../scripts/checker/rules/index.ts';
import { RULE_LIST, ruleDocsPath } from '../../src/lib/rules.ts';
import { projectRoot } from '../helpers/project.ts';

const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
const packageJson = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };

describe('the README', () => {
  it('lists every rule of the registry in its rules table, with its group, kind, severity and summary, in registry order', () => {
    const table = readme.split('\n').filter((line) => line.startsWith('| [`'));
    expect(table).toEqual(RULE_LIST.map((rule) => `| [\`${rule.id}\`](${ruleDocsPath(rule.id)}) | \`${rule.group}\` | ${rule.kind} | ${rule.severity} | ${rule.summary} |`));
  });

  it.each(RULES.map((rule) => rule.docs))('links to the rule page %s, which exists', (docs) => {
    expect(existsSync(join(projectRoot, docs))).toBe(true);
  });

  it.each(Object.keys({ ...packageJson.dependencies, ...packageJson.devDependencies }))('says why the dependency %s is there', (name) => {
    expect(readme).toMatch(new RegExp(`\`${name.replace(/[/@.]/g, '\\$&')}\``));
  });

  it('shows the two commands: one serves the handbook, one runs every test', () => {
    expect(readme).toContain('npm start');
    expect(readme).toContain('npm test');
  });
});
