/**
 * `node scripts/bench-find.ts`: what finding and browsing cost (output with the section navigation
 * and the indexed facts, and search as a reader feels it in Chromium), measured in one run.
 * Usage: node scripts/bench-find.ts [--sizes 1000,5000,10000] [--runs 3] [--baseline <checkout>] [--work-dir <folder>]
 */
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runFindBench } from './bench/find-and-browse.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000,10000' },
    runs: { type: 'string', default: '3' },
    baseline: { type: 'string' },
    'work-dir': { type: 'string', default: join(tmpdir(), 'baton-bench', 'find') },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
if (sizes.some((size) => !Number.isInteger(size) || size < 10) || !Number.isInteger(runs) || runs < 1) {
  process.stderr.write('`--sizes` takes whole numbers of pages (at least 10) separated by commas, and `--runs` a whole number\n');
  process.exit(2);
}
const log = (line: string) => process.stdout.write(`${line}\n`);
log(`Baton find-and-browse benchmark, ${new Date().toISOString()}, Node ${process.version}, sizes ${sizes.join(', ')}, ${runs} runs each`);
await runFindBench({
  sizes,
  runs,
  workDir: values['work-dir'],
  projectRoot: fileURLToPath(new URL('../', import.meta.url)),
  ...(values.baseline && { baseline: resolve(values.baseline) }),
  log,
});
