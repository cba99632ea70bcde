/**
 * The import's benchmark: a deterministic synthetic Hugo handbook of N pages (TOML and YAML
 * frontmatter, links in every form the import rewrites: relative `.md`, extensionless, folder,
 * site-root with anchors, `ref` shortcodes; about 1% planted broken), then `check --only links` on
 * the source, `npm run import`, and `check` on the imported handbook, each measured cold. The planted
 * breaks must be found in the source and still found after the import (precision and recall).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure, median, type Measurement } from './measure.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const script = (name: string) => join(projectRoot, 'scripts', `${name}.ts`);

/** Options of an import benchmark run. */
export interface ImportBenchOptions {
  sizes: number[];
  runs: number;
  workDir: string;
  log(line: string): void;
}

const SECTIONS = ['legal', 'licensing', 'patents', 'marketing', 'research', 'people', 'finance', 'operations'];
const WORDS = 'invention disclosure licence patent claim prior art freedom operate partner royalty milestone review owner handover filing jurisdiction portfolio trademark agreement term renewal'.split(' ');

/** Runs the benchmark and prints its table. */
export async function runImportBench({ sizes, runs, workDir, log }: ImportBenchOptions): Promise<void> {
  const rows: string[] = [];
  for (const pages of sizes) {
    const source = join(workDir, `hugo-${pages}`);
    log(`Generating a Hugo handbook of ${pages} pages...`);
    const planted = writeHugoHandbook(source, pages);
    const checks: Measurement[] = [];
    const imports: Measurement[] = [];
    const after: Measurement[] = [];
    let scores = { before: { precision: 0, recall: 0 }, after: { precision: 0, recall: 0 } };
    for (let run = 0; run < runs; run += 1) {
      const target = join(workDir, `imported-${pages}`);
      rmSync(target, { recursive: true, force: true });
      mkdirSync(target, { recursive: true });
      log(`  check --only links on the source, run ${run + 1} of ${runs}`);
      checks.push(await measure(process.execPath, [script('check'), '--no-cache', '--quiet', '--only', 'links', '--format', 'json', '--public', 'static', 'content'], { cwd: source, env: { CI: 'true' } }));
      log(`  import, run ${run + 1} of ${runs}`);
      imports.push(await measure(process.execPath, [script('import'), source, '--into', target], { cwd: target }));
      if (imports.at(-1)!.exitCode !== 0) throw new Error(`The import failed: ${imports.at(-1)!.stderr}`);
      rmSync(join(target, 'baton.baseline.json'), { force: true });
      log(`  check on the imported handbook, run ${run + 1} of ${runs}`);
      after.push(await measure(process.execPath, [script('check'), '--no-cache', '--quiet', '--format', 'json'], { cwd: target, env: { CI: 'true' } }));
      if (run === 0) scores = { before: score(checks[0]!.stdout, planted), after: score(after[0]!.stdout, planted) };
    }
    const seconds = (list: Measurement[]) => `${(median(list.map((item) => item.wallMs)) / 1000).toFixed(2)} s, ${Math.round(median(list.map((item) => item.peakMb)))} MB`;
    rows.push(`| ${pages.toLocaleString('en')} | ${seconds(checks)} | ${seconds(imports)} | ${seconds(after)} | ${scores.before.precision.toFixed(2)} / ${scores.before.recall.toFixed(2)} | ${scores.after.precision.toFixed(2)} / ${scores.after.recall.toFixed(2)} |`);
  }
  log('');
  log('| Pages | check --only links (source) | import | check (imported, every rule) | source precision / recall | imported precision / recall |');
  log('| ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) log(row);
}

/** Precision and recall of the link findings (by their marker) against the planted breaks. */
function score(stdout: string, planted: ReadonlySet<string>): { precision: number; recall: number } {
  const findings = (JSON.parse(stdout || '[]') as { ruleId: string; message: string }[]).filter((finding) => ['broken-link', 'broken-anchor'].includes(finding.ruleId));
  const found = new Set(findings.map((finding) => /planted-\d+/.exec(finding.message)?.[0]).filter((marker) => marker !== undefined));
  const hits = [...found].filter((marker) => planted.has(marker)).length;
  return { precision: findings.length === 0 ? 1 : hits / findings.length, recall: planted.size === 0 ? 1 : hits / planted.size };
}

/** Writes the synthetic Hugo handbook; returns the markers of the planted breaks (each names its break in the link). */
function writeHugoHandbook(root: string, pages: number, seed = 7): Set<string> {
  rmSync(root, { recursive: true, force: true });
  let state = seed;
  const random = () => ((state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const names = Array.from({ length: pages }, (_, index) => ({ section: SECTIONS[index % SECTIONS.length]!, name: `${pick(WORDS)}-${pick(WORDS)}-${index}` }));
  const planted = new Set<string>();
  mkdirSync(join(root, 'static/images'), { recursive: true });
  writeFileSync(join(root, 'config.toml'), 'title = "Synthetic handbook"\n');
  writeFileSync(join(root, 'static/images/chart.png'), 'png');
  for (const section of SECTIONS) {
    mkdirSync(join(root, 'content', section), { recursive: true });
    writeFileSync(join(root, 'content', section, '_index.md'), `---\ntitle: ${section}\ndescription: The ${section} section.\n---\n\n## Overview\n\nAll ${section} pages.\n`);
  }
  names.forEach((page, index) => {
    const lines: string[] = [];
    for (let paragraph = 0; paragraph < 8; paragraph += 1) {
      lines.push(`## ${pick(WORDS)} ${pick(WORDS)} ${paragraph}`, '');
      const words = Array.from({ length: 40 + Math.floor(random() * 60) }, () => pick(WORDS));
      const other = names[Math.floor(random() * names.length)]!;
      const relative = other.section === page.section ? `${other.name}.md` : `../${other.section}/${other.name}.md`;
      const marker = `planted-${index * 10 + paragraph}`;
      const broken = random() < 0.01;
      if (broken) planted.add(marker);
      const form = paragraph % 5;
      const link = broken
        ? [`[${marker}](../${other.section}/${marker}.md)`, `[${marker}](/${other.section}/${other.name}/#${marker})`, `[${marker}]({{< ref "${marker}.md" >}})`][paragraph % 3]
        : [`[see](${relative}#overview-${paragraph})`.replace(/#overview-\d+/, ''), `[see](${relative.replace(/\.md$/, '')})`, `[section](../${other.section}/)`, `[see](/${other.section}/${other.name}/)`, `[see]({{< ref "${other.name}.md" >}})`][form];
      words.splice(10, 0, link!);
      lines.push(words.join(' '), '');
    }
    lines.push('![chart](/images/chart.png)', '');
    const frontmatter = index % 2 === 0
      ? `+++\ntitle = "${page.name}"\ndescription = "About ${page.name}."\nauthor = "Author ${index % 40}"\nlastmod = 2026-10-${String(1 + (index % 28)).padStart(2, '0')}\ntags = ["${pick(WORDS)}"]\n+++\n`
      : `---\ntitle: ${page.name}\ndescription: About ${page.name}.\nauthors: [Author ${index % 40}]\ndate: 2026-09-${String(1 + (index % 28)).padStart(2, '0')}\n---\n`;
    writeFileSync(join(root, 'content', page.section, `${page.name}.md`), `${frontmatter}\n${lines.join('\n')}`);
  });
  return planted;
}
