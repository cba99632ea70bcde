/**
 * `npm run bench`: Baton's speed and memory figures, measured in one run on this machine.
 * `npm run bench -- --help` lists the options.
 */
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runCheckBench } from './bench/check-bench.ts';
import { runSiteBench } from './bench/site-bench.ts';
import { HANDBOOK_SHAPES, type HandbookShape } from './bench/synthetic-handbook.ts';

const BENCHES = ['check', 'site', 'search', 'import'] as const;

const HELP = `Usage: npm run bench -- [options]

Measures Baton on synthetic handbooks generated for the purpose (deterministic: the same size and
shape give the same files) and prints medians and ratios measured in one run.

Benches:
  check   npm run check, cold: links only (beside remark-validate-links), every rule but the
          secret scan, and the full check; a warm re-check after one page changed.
  site    astro build with the search index, cold and after one page changed, beside Starlight.
  search  search latency in Chromium on a built site: from the last keystroke to the first result
          on screen as a query is typed, the bytes fetched, and what the section
          navigation and indexed facts add to the output.
  import  a synthetic Hugo handbook checked in place, imported, and the import checked with
          every rule (precision and recall of the planted broken links).

Options:
  --only <bench>        Run one bench: ${BENCHES.join(', ')} (default: check and site; search and import only when named).
  --sizes <list>        Handbook sizes in pages, comma-separated (default: 1000,5000,10000,20000).
  --shapes <list>       Handbook shapes, comma-separated (default: ${HANDBOOK_SHAPES.join(',')}):
                          even    pages spread over the five types in flat folders
                          nested  nearly all playbooks, in folders two to four levels deep
  --runs <n>            Runs of each kind per size; figures are medians (default: 3).
  --remark-up-to <n>    Largest size remark-validate-links is run at (default: 10000).
  --baseline <folder>   Another Baton checkout, dependencies installed, whose full and
                        all-but-secrets checks are timed beside this one's (check bench).
  --no-starlight        Build only Baton in the site bench.
  --work-dir <folder>   Where handbooks and builds go (default: the system's temp folder).
  --help                Show this help.

Examples:
  npm run bench -- --only check --sizes 5000 --shapes nested
  npm run bench -- --only site --sizes 20000 --shapes nested --runs 1 --no-starlight
`;

let values;
try {
  ({ values } = parseArgs({
    options: {
      only: { type: 'string' },
      sizes: { type: 'string', default: '1000,5000,10000,20000' },
      shapes: { type: 'string', default: HANDBOOK_SHAPES.join(',') },
      runs: { type: 'string', default: '3' },
      'remark-up-to': { type: 'string', default: '10000' },
      baseline: { type: 'string' },
      'no-starlight': { type: 'boolean', default: false },
      'work-dir': { type: 'string', default: join(tmpdir(), 'baton-bench') },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (error) {
  usageError((error as Error).message);
}
if (values.help) {
  process.stdout.write(HELP);
  process.exit(0);
}
const sizes = values.sizes.split(',').map(Number);
const shapes = values.shapes.split(',') as HandbookShape[];
const runs = Number(values.runs);
const remarkUpTo = Number(values['remark-up-to']);
if (sizes.some((size) => !Number.isInteger(size) || size < 10)) usageError('`--sizes` takes whole numbers of pages (at least 10) separated by commas');
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(remarkUpTo)) usageError('`--runs` and `--remark-up-to` take whole numbers');
const unknownShape = shapes.find((shape) => !HANDBOOK_SHAPES.includes(shape));
if (unknownShape !== undefined) usageError(`\`--shapes\` takes ${HANDBOOK_SHAPES.map((shape) => `\`${shape}\``).join(' and ')}, not \`${unknownShape}\``);
if (values.only !== undefined && !(BENCHES as readonly string[]).includes(values.only)) usageError(`\`--only\` takes one of ${BENCHES.map((bench) => `\`${bench}\``).join(', ')}, not \`${values.only}\``);

const log = (line: string) => process.stdout.write(`${line}\n`);
const workDir = values['work-dir'];
log(`Baton benchmark, ${new Date().toISOString()}, Node ${process.version}, sizes ${sizes.join(', ')}, shapes ${shapes.join(', ')}, ${runs} runs each`);
if (!values.only || values.only === 'check') {
  await runCheckBench({ sizes, shapes, runs, remarkUpTo, workDir: join(workDir, 'check'), log, ...(values.baseline && { baseline: resolve(values.baseline) }) });
}
if (!values.only || values.only === 'site') {
  for (const shape of shapes) await runSiteBench({ sizes, shape, runs, starlight: !values['no-starlight'], workDir: join(workDir, 'site'), log });
}
if (values.only === 'search') {
  const { runSearchBench } = await import('./bench/search-bench.ts');
  await runSearchBench({ sizes, shapes, runs, workDir: join(workDir, 'search'), log });
}
if (values.only === 'import') {
  const { runImportBench } = await import('./bench/import-bench.ts');
  await runImportBench({ sizes, runs, workDir: join(workDir, 'import'), log });
}

function usageError(message: string): never {
  process.stderr.write(`${message}; see \`npm run bench -- --help\`\n`);
  process.exit(2);
}
