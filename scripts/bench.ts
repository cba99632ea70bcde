/**
 * `npm run bench`: Baton's speed and memory figures, measured in one run on this machine.
 * Usage: npm run bench -- [--only check|site|import] [--sizes 1000,5000,10000] [--runs 3]
 * (`import` runs only when named: importing a synthetic Hugo handbook and checking it.)
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runCheckBench } from './bench/check-bench.ts';
import { runSiteBench } from './bench/site-bench.ts';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    sizes: { type: 'string', default: '1000,5000,10000' },
    runs: { type: 'string', default: '3' },
    'work-dir': { type: 'string', default: join(tmpdir(), 'baton-bench') },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const log = (line: string) => process.stdout.write(`${line}\n`);
if (sizes.some((size) => !Number.isInteger(size) || size < 10) || !Number.isInteger(runs) || runs < 1) {
  process.stderr.write('`--sizes` takes whole numbers of pages (at least 10) separated by commas, and `--runs` a whole number\n');
  process.exit(2);
}
log(`Baton benchmark, ${new Date().toISOString()}, Node ${process.version}, sizes ${sizes.join(', ')}, ${runs} runs each`);
if (!values.only || values.only === 'check') await runCheckBench({ sizes, runs, workDir: join(values['work-dir'], 'check'), log });
if (!values.only || values.only === 'site') await runSiteBench({ sizes, runs, workDir: join(values['work-dir'], 'site'), log });
if (values.only === 'import') {
  const { runImportBench } = await import('./bench/import-bench.ts');
  await runImportBench({ sizes, runs, workDir: join(values['work-dir'], 'import'), log });
}
