import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/project.ts';
import { check, run, starterHandbook, TEST_TODAY } from './command-fixture.ts';

const COMMANDS = new Set(['new', 'review', 'handover', 'codeowners', 'report', 'schema']);
const DATED = new Set(['new', 'review', 'report']);

/** Every `npm run <upkeep command>` line in the fenced `sh` blocks of a document, in order, as arguments. */
function documentedRuns(file: string): { line: string; command: string; args: string[] }[] {
  const text = readFileSync(join(projectRoot, file), 'utf8');
  const blocks = [...text.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1]!);
  return blocks
    .flatMap((block) => block.split('\n'))
    .map((line) => line.trim().replace(/\s+#.*$/, ''))
    .flatMap((line) => {
      const words = [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2]!);
      const [npm, verb, command, dashes, ...args] = words;
      if (npm !== 'npm' || verb !== 'run' || !command || !COMMANDS.has(command)) return [];
      return [{ line, command, args: dashes === '--' ? args : dashes === undefined ? [] : [dashes, ...args] }];
    });
}

describe.each(['README.md', 'CONTRIBUTING.md'])('the commands shown in %s', (file) => {
  const runs = documentedRuns(file);

  it('show every upkeep command at least once, or the walk-through\'s share of them', () => {
    expect(runs.length).toBeGreaterThan(3);
  });

  it('run as shown, one after another, on a copy of the starter handbook', () => {
    const root = starterHandbook();
    for (const { line, command, args } of runs) {
      const result = run(command, root, ...args, ...(DATED.has(command) ? ['--today', TEST_TODAY] : []));
      expect({ line, status: result.status, stderr: result.stderr }).toEqual({ line, status: 0, stderr: '' });
    }
    expect(check(root).stdout).toMatch(/\n0 errors, \d+ warnings?\n$/);
  });
});
