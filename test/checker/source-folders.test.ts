import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/run-cli.ts';
import { projectRoot, scratchDir } from '../helpers/project.ts';
import { copySource, SOURCE_STYLES } from '../helpers/source-styles.ts';

interface JsonFinding {
  file: string;
  line: number;
  column: number;
  severity: string;
  ruleId: string;
  message: string;
  hint?: string;
}

/** Runs `check --only links` from the project root and returns its JSON findings. */
function checkLinks(args: string[], cwd = projectRoot): { status: number | null; findings: JsonFinding[]; stderr: string } {
  const run = runScript('check', ['--only', 'links', '--format', 'json', '--no-cache', ...args], cwd);
  return { status: run.status, findings: run.stdout.trim() ? (JSON.parse(run.stdout) as JsonFinding[]) : [], stderr: run.stderr };
}

/** A folder of Markdown written for one test. */
function folderOf(files: Record<string, string>, parent = mkdtempSync(join(tmpdir(), 'baton-links-'))): string {
  mkdirSync(join(parent, '.git'), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(parent, path, '..'), { recursive: true });
    writeFileSync(join(parent, path), text);
  }
  return parent;
}

describe('check --only links DIR: every planted break of a foreign handbook, at its line and column, and nothing else', () => {
  for (const style of SOURCE_STYLES) {
    it(`finds the breaks planted in the ${style.name} handbook`, () => {
      const root = copySource(style);
      // `--public static` as the README writes it: the folder beside the checked one, wherever the check runs.
      const { status, findings } = checkLinks([join(root, style.pages), ...style.routing]);
      expect(status).toBe(1);
      const found = findings.map((finding) => ({ file: relative(root, finding.file), line: finding.line, column: finding.column, rule: finding.ruleId }));
      const byPlace = (a: { file: string; line: number; column: number }, b: { file: string; line: number; column: number }) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column);
      expect(found).toEqual(style.planted.map(({ file, line, column, rule }) => ({ file, line, column, rule })).sort(byPlace));
      for (const planted of style.planted) {
        const line = readFileSync(join(root, planted.file), 'utf8').split('\n')[planted.line - 1]!;
        expect(line).toContain(planted.marker);
      }
    });
  }
});

describe('check --only links DIR: any folder, anywhere', () => {
  it('gives the same findings for a folder outside the working folder, named by its absolute path, as for the same folder inside it', () => {
    const style = SOURCE_STYLES.find((candidate) => candidate.name === 'mkdocs')!;
    const inside = copySource(style, scratchDir(`source-inside-${process.pid}`));
    const outside = copySource(style, mkdtempSync(join(tmpdir(), 'baton-outside-')));
    try {
      const near = checkLinks([relative(projectRoot, join(inside, 'docs'))]);
      const far = checkLinks([join(outside, 'docs')]);
      expect(far.status).toBe(near.status);
      const normalise = (findings: JsonFinding[], prefix: string) => JSON.parse(JSON.stringify(findings).replaceAll(prefix, '<folder>')) as JsonFinding[];
      expect(normalise(far.findings, outside)).toEqual(normalise(near.findings, relative(projectRoot, inside)));
      expect(near.findings.map((finding) => finding.ruleId)).toEqual(['link-outside-handbook', 'broken-link', 'broken-anchor']);
    } finally {
      rmSync(inside, { recursive: true, force: true });
    }
  });

  it('refuses a --public folder that is nowhere, naming where it looked', () => {
    const folder = folderOf({ 'docs/index.md': '# Home\n\n![Logo](/img/logo.png)\n' });
    const result = runScript('check', ['--only', 'links', join(folder, 'docs'), '--public', 'static', '--no-cache'], projectRoot);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`\`--public static\` is not a folder: looked for \`${join(folder, 'static')}\` and \`${join(projectRoot, 'static')}\``);
  });

  it('checks a folder named content/ that is not a Baton handbook', () => {
    const root = folderOf({ 'content/docs/a.md': '# A\n\n[b](./b.md) [c](./c.md)\n', 'content/docs/b.md': '# B\n' });
    const { status, findings } = checkLinks(['content'], root);
    expect(status).toBe(1);
    expect(findings.map((finding) => `${finding.file}:${finding.line}:${finding.column} ${finding.message}`)).toEqual(['content/docs/a.md:3:13 Link target `./c.md` does not exist']);
  });

  it('refuses a folder with no Markdown, with exit 2 and why', () => {
    const root = folderOf({ 'images/a.png': 'png' });
    const run = runScript('check', ['--only', 'links', join(root, 'images')], projectRoot);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`\`${join(root, 'images')}\` holds no Markdown (\`.md\`, \`.mdx\`, \`.markdown\`) to check; give a folder that holds \`.md\` files, or a Markdown file\n`);
  });

  it('refuses routing options when no folder of Markdown from another site is checked', () => {
    const run = runScript('check', ['--only', 'links', '--base', '/docs/'], projectRoot);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no such folder is checked');
  });

  it('resolves folder links to the folder\'s index page and checks their anchors', () => {
    const root = folderOf({
      'docs/index.md': '# Home\n\n[a](./guides/) [b](./guides/#perks) [c](./guides/#nope) [d](./empty/)\n',
      'docs/guides/README.md': '# Guides\n\n## Perks\n',
      'docs/empty/notes.txt': 'text',
    });
    const { findings } = checkLinks([join(root, 'docs')]);
    expect(findings.map((finding) => `${finding.line}:${finding.column} ${finding.ruleId} ${finding.message}`)).toEqual([
      `3:37 broken-anchor Heading \`#nope\` does not exist in \`${root}/docs/guides/README.md\``,
      '3:57 broken-link Link target `./empty/` is a folder with no page of its own',
    ]);
  });

  it('lets --index name the folder pages and --no-extensionless ask for file names', () => {
    const root = folderOf({ 'docs/index.md': '# Home\n\n[a](./guides/) [b](./setup)\n', 'docs/guides/home.md': '# Guides\n', 'docs/setup.md': '# Setup\n' });
    expect(checkLinks([join(root, 'docs')]).findings.map((finding) => finding.column)).toEqual([1]);
    expect(checkLinks([join(root, 'docs'), '--index', 'home']).findings).toEqual([]);
    expect(checkLinks([join(root, 'docs'), '--index', 'home', '--no-extensionless']).findings.map((finding) => `${finding.column} ${finding.message}`)).toEqual(['16 Link target `./setup` does not exist']);
  });

  it('resolves site-root links against the folder with --base, and warns about those outside it', () => {
    const root = folderOf({ 'docs/a.md': '# A\n\n[b](/docs/b/) [c](/docs/c) [blog](/blog/post/)\n', 'docs/b.md': '# B\n' });
    expect(checkLinks([join(root, 'docs'), '--base', '/docs/']).findings.map((finding) => `${finding.column} ${finding.severity} ${finding.message}`)).toEqual([
      '15 error Link target `/docs/c` does not exist',
      '28 warning Link target `/blog/post/` is outside `/docs/`, where the checked folder is served, so it was not checked',
    ]);
  });

  it('holds page links to the trailing slash the site serves with --trailing-slash', () => {
    const root = folderOf({ 'docs/a.md': '# A\n\n[b](/b/) [c](/b) [d](./b.md)\n', 'docs/b.md': '# B\n' });
    expect(checkLinks([join(root, 'docs')]).findings).toEqual([]);
    expect(checkLinks([join(root, 'docs'), '--trailing-slash', 'always']).findings.map((finding) => `${finding.column} ${finding.message}; ${finding.hint}`)).toEqual([
      '10 Link target `/b` leads to a page the site serves only as `/b/`; write `/b/`, or check with `--trailing-slash ignore`',
    ]);
    expect(checkLinks([join(root, 'docs'), '--trailing-slash', 'never']).findings.map((finding) => finding.column)).toEqual([1]);
  });

  it('compares anchors exactly, as a browser does, and counts raw-HTML id and name', () => {
    const root = folderOf({ 'a.md': '# Home\n\n<a name="part-1"></a>\n<div id="Notes"></div>\n\n[a](#Home) [b](#part-1) [c](#Notes) [d](#notes)\n' });
    expect(checkLinks([root]).findings.map((finding) => `${finding.line}:${finding.column} ${finding.message}`)).toEqual([
      '6:1 Heading `#Home` does not exist in this page',
      '6:37 Heading `#notes` does not exist in this page',
    ]);
  });

  it('reports a link deep in a block of raw HTML at its own line and column', () => {
    const root = folderOf({ 'a.md': '# A\n\n<div>\n  <p>One\n    <a href="./b.md">b</a> and <img\n      src="./c.png">\n  </p>\n</div>\n\n> <p>\n>   <a href="./d.md">d</a></p>\n' });
    expect(checkLinks([root]).findings.map((finding) => `${finding.line}:${finding.column} ${finding.message}`)).toEqual([
      '5:5 Link target `./b.md` does not exist',
      '5:32 Link target `./c.png` does not exist',
      '11:5 Link target `./d.md` does not exist',
    ]);
  });

  it('understands wiki links and Hugo ref shortcodes, and leaves those in code alone', () => {
    const root = folderOf({
      'Home.md': '# Home\n\n[[Notes]] [[notes#Due Dates|due]] [[Nope]] ![[pic.png]] [[#Home]]\n\n[x]({{< ref "Notes.md#due-dates" >}}) {{< relref "gone.md" >}} `{{< ref "code.md" >}}`\n',
      'sub/Notes.md': '# Notes\n\n## Due dates\n',
      'files/pic.png': 'png',
    });
    expect(checkLinks([root]).findings.map((finding) => `${finding.line}:${finding.column} ${finding.message}`)).toEqual([
      '3:35 Link target `[[Nope]]` does not exist',
      '5:39 Link target `ref "gone.md"` does not exist',
    ]);
  });
});
