import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readForeignPage } from '../../scripts/commands/import/foreign-page.ts';
import { importStyle } from '../helpers/import-source.ts';
import { runScript } from '../helpers/run-cli.ts';
import { SOURCE_STYLES } from '../helpers/source-styles.ts';

interface JsonFinding {
  file: string;
  line: number;
  ruleId: string;
}

/** A foreign handbook written from `files` (path → text) in a fresh folder; returns its root. */
function writeSource(files: Record<string, string>): string {
  const source = mkdtempSync(join(tmpdir(), 'baton-source-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(source, path)), { recursive: true });
    writeFileSync(join(source, path), text);
  }
  return source;
}

/** Imports `source` into a new handbook; returns its root. */
function importInto(source: string): string {
  const root = mkdtempSync(join(tmpdir(), 'baton-import-'));
  const run = runScript('import', [source, '--into', root], root);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return root;
}

/** The findings of the links-only check of the handbook at `root`. */
function linkFindings(root: string): JsonFinding[] {
  return JSON.parse(runScript('check', ['--no-cache', '--only', 'links', '--format', 'json'], root).stdout) as JsonFinding[];
}

/** Every file under `root` with its bytes, to compare before and after. */
function snapshot(root: string): Map<string, string> {
  return new Map(readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => [join(entry.parentPath, entry.name), readFileSync(join(entry.parentPath, entry.name), 'base64')]));
}

describe('npm run import: each source style, imported and checked end to end', () => {
  for (const style of SOURCE_STYLES) {
    describe(style.name, () => {
      const imported = importStyle(style);

      it('imports every page, and runs no ---js frontmatter', () => {
        expect(imported.run.stderr).toBe('');
        expect(imported.run.status).toBe(0);
        expect(existsSync(imported.sideEffect)).toBe(false);
        const report = readFileSync(join(imported.root, 'import-report.md'), 'utf8');
        expect(report).toMatch(/its frontmatter is `(?:js|javascript)`, which Baton never runs; its fields were not read/);
        for (const file of imported.files.values()) expect(existsSync(join(imported.root, file))).toBe(true);
      });

      it('passes the check with the source\'s own problems known, and no others', () => {
        const run = runScript('check', ['--no-cache'], imported.root);
        expect(run.stdout).toMatch(/^0 errors, \d+ warnings?\nwarning: \d+ known findings? from `baton\.baseline\.json` not counted/m);
        expect(run.status).toBe(0);
      });

      it('still finds every planted break, at the line it moved to', () => {
        renameSync(join(imported.root, 'baton.baseline.json'), join(imported.root, 'baseline.saved'));
        try {
          const run = runScript('check', ['--no-cache', '--only', 'links', '--format', 'json'], imported.root);
          const findings = JSON.parse(run.stdout) as JsonFinding[];
          for (const planted of style.planted) {
            const file = imported.files.get(planted.file)!;
            const line = readFileSync(join(imported.root, file), 'utf8').split('\n').findIndex((text) => text.includes(planted.marker)) + 1;
            expect(findings.filter((finding) => finding.file === file && finding.line === line).map((finding) => finding.ruleId), `${planted.marker} in ${file}:${line}`).toEqual([planted.rule]);
          }
          expect(findings).toHaveLength(style.planted.length);
        } finally {
          renameSync(join(imported.root, 'baseline.saved'), join(imported.root, 'baton.baseline.json'));
        }
      });

      it('changes nothing when run again over its own output', () => {
        const before = snapshot(imported.root);
        const again = runScript('import', [imported.source, '--into', imported.root], imported.root, { BATON_SIDE_EFFECT: imported.sideEffect });
        expect(again.status).toBe(0);
        expect(again.stdout).toMatch(/^Nothing changed: the handbook already holds this import\./);
        expect(snapshot(imported.root)).toEqual(before);
      });
    });
  }
});

describe('npm run import: options and refusals', () => {
  const hugo = SOURCE_STYLES.find((style) => style.name === 'hugo')!;

  it('writes nothing with --dry-run, and lists what it would write', () => {
    const imported = importStyle(hugo, ['--dry-run']);
    expect(imported.run.status).toBe(0);
    expect(imported.run.stdout).toContain('content/playbooks/engineering.md\n');
    expect(imported.run.stdout).toContain('Dry run: nothing was written.');
    expect(readdirSync(imported.root)).toEqual([]);
  });

  it('refuses to write over an imported page that was changed since, and writes nothing', () => {
    const imported = importStyle(hugo);
    const page = join(imported.root, 'content/playbooks/engineering.md');
    writeFileSync(page, `${readFileSync(page, 'utf8')}\nAn edit.\n`);
    const before = snapshot(imported.root);
    const again = runScript('import', [imported.source, '--into', imported.root], imported.root);
    expect(again.status).toBe(1);
    expect(again.stderr).toBe('A file the import would write changed since it last wrote them: `content/playbooks/engineering.md`; move them away, or pass `--overwrite` to write over them; nothing was written\n');
    expect(snapshot(imported.root)).toEqual(before);
  });

  it('maps fields, page types and the review interval by flags, and authors to people ids', () => {
    const imported = importStyle(hugo, ['--map', 'summary=title', '--type', 'handbook/people=playbooks', '--review-every', '6m']);
    expect(imported.run.status).toBe(0);
    const page = readFileSync(join(imported.root, 'content/playbooks/benefits.md'), 'utf8');
    expect(page).toContain('summary: Benefits\n');
    expect(page).toContain('owner: helena-brandt\n');
    expect(readFileSync(join(imported.root, 'content/playbooks/handbook.md'), 'utf8')).toContain('review_every: 6m\n');
    expect(readFileSync(join(imported.root, 'content/playbooks/engineering.md'), 'utf8')).toContain('review_every: 6m\n');
  });

  it('turns an expiry date into the review interval, and tags into kebab-case', () => {
    const imported = importStyle(hugo);
    const page = readFileSync(join(imported.root, 'content/playbooks/engineering.md'), 'utf8');
    expect(page).toContain('last_reviewed: 2026-10-20\nreview_every: 6m\n');
    expect(page).toContain('tags:\n  - release\n  - patents-ip\n');
  });

  it('merges categories into the tags, once each, when a page has both', () => {
    const source = writeSource({
      'config.toml': 'title = "Tags"\n',
      'content/notes.md': '---\ntitle: Notes\ntags: [Release, On Call]\ncategories: [How We Work, release]\n---\n\nText.\n',
    });
    const root = importInto(source);
    expect(readFileSync(join(root, 'content/playbooks/notes.md'), 'utf8')).toContain('tags:\n  - release\n  - on-call\n  - how-we-work\n');
    expect(readFileSync(join(root, 'import-report.md'), 'utf8')).not.toContain('`categories`');
  });

  it('serves the old addresses of a site as redirects, aliases included', () => {
    const imported = importStyle(hugo);
    const redirects = readFileSync(join(imported.root, 'baton.redirects.yml'), 'utf8');
    expect(redirects).toContain('/handbook/engineering/: /playbooks/engineering/\n');
    expect(redirects).toContain('/benefits/: /playbooks/benefits/\n');
  });

  it('writes the redirects of addresses with a space as the site serves them, unescaped', () => {
    const source = writeSource({
      'config.toml': 'title = "Spaces"\n',
      'content/team notes.md': '---\ntitle: Team notes\naliases: [/old%20notes/]\n---\n\nText.\n',
    });
    const redirects = readFileSync(join(importInto(source), 'baton.redirects.yml'), 'utf8');
    expect(redirects).toContain('/old notes/: /playbooks/team-notes/\n/team notes/: /playbooks/team-notes/\n');
    expect(redirects).not.toContain('%20');
  });

  it('serves no redirect at an address the handbook\'s own site uses', () => {
    const source = mkdtempSync(join(tmpdir(), 'baton-hugo-'));
    mkdirSync(join(source, 'content/people'), { recursive: true });
    mkdirSync(join(source, 'content/guides'), { recursive: true });
    writeFileSync(join(source, 'config.toml'), 'title = "Sections"\n');
    writeFileSync(join(source, 'content/people/_index.md'), '---\ntitle: People\n---\n\nOur people.\n');
    writeFileSync(join(source, 'content/guides/_index.md'), '---\ntitle: Guides\n---\n\nOur guides.\n');
    const root = mkdtempSync(join(tmpdir(), 'baton-import-'));
    const run = runScript('import', [source, '--into', root], root);
    expect(run.status).toBe(0);
    expect(readFileSync(join(root, 'baton.redirects.yml'), 'utf8')).toContain('/guides/: /playbooks/guides/\n');
    expect(readFileSync(join(root, 'baton.redirects.yml'), 'utf8')).not.toContain('/people/:');
    expect(readFileSync(join(root, 'import-report.md'), 'utf8')).toContain('- `/people/`: `/people/` is the handbook\'s own');
  });

  it('refuses a source that is not a folder, with exit 2', () => {
    const run = runScript('import', ['no-such-folder'], mkdtempSync(join(tmpdir(), 'baton-import-')));
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('`no-such-folder` is not a folder; run `npm run import -- --help` for the options\n');
  });
});

describe('npm run import: what other sites write', () => {
  it('drops Hugo heading ids written `{#id}`, and points the links that led to them at the heading\'s id', () => {
    const source = writeSource({
      'config.toml': 'title = "Ids"\n',
      'content/guide.md': '---\ntitle: Guide\n---\n\n## Install the tools {#setup}\n\nSee [below](#later).\n\n## Later on {#later}\n',
      'content/start.md': '---\ntitle: Start\n---\n\nFirst [set up](guide.md#setup), then [go on](/guide/#later).\n',
    });
    const root = importInto(source);
    const guide = readFileSync(join(root, 'content/playbooks/guide.md'), 'utf8');
    expect(guide).toContain('\n## Install the tools\n\nSee [below](#later-on).\n\n## Later on\n');
    expect(readFileSync(join(root, 'content/playbooks/start.md'), 'utf8')).toContain('First [set up](./guide.md#install-the-tools), then [go on](./guide.md#later-on).\n');
    expect(readFileSync(join(root, 'import-report.md'), 'utf8')).toContain('- `content/guide.md`: its heading ids written `{#…}` were dropped, as Baton gives each heading the id of its text; links to them now lead to `#install-the-tools` (was `#setup`), `#later-on` (was `#later`)\n');
    expect(linkFindings(root)).toEqual([]);
  });

  it('turns Docusaurus admonitions into quotes with a bold label, and says so in the report', () => {
    const source = writeSource({
      'docusaurus.config.js': 'export default {};\n',
      'docs/intro.md': '---\ntitle: Intro\n---\n\n:::tip Keep it short\n\nOne idea per page.\n\n:::\n\n:::danger\nNever share keys.\n:::\n',
    });
    const root = importInto(source);
    expect(readFileSync(join(root, 'content/playbooks/intro.md'), 'utf8')).toMatch(/\n> \*\*Tip: Keep it short\*\*\n>\n> One idea per page\.\n>\n\n\n> \*\*Danger:\*\*\n> Never share keys\.\n\n$/);
    expect(readFileSync(join(root, 'import-report.md'), 'utf8')).toContain('- `docs/intro.md`: its admonitions (`tip`, `danger`) became quotes that open with a bold label\n');
  });

  it('copies no Docusaurus `_category_.json`, which is navigation, and lists it in the report as not copied', () => {
    const source = writeSource({
      'docusaurus.config.js': 'export default {};\n',
      'docs/guides/_category_.json': '{ "label": "Guides", "position": 2 }\n',
      'docs/guides/setup.md': '---\ntitle: Setup\n---\n\nText.\n',
      'docs/guides/diagram.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>\n',
    });
    const root = importInto(source);
    expect(existsSync(join(root, 'public/guides/diagram.svg'))).toBe(true);
    expect(existsSync(join(root, 'public/guides/_category_.json'))).toBe(false);
    expect(readFileSync(join(root, 'import-report.md'), 'utf8')).toContain('## Files not copied\n\n- `docs/guides/_category_.json`: Docusaurus\'s sidebar settings for the folder; Baton\'s navigation comes from the page types\n');
  });

  it('takes the first heading out of the body when it became the title, and leads links to it to the page', () => {
    const source = writeSource({
      'docusaurus.config.js': 'export default {};\n',
      'docs/intro.md': '# Welcome aboard\n\nRead [the guide](./guide.md).\n',
      'docs/guide.md': '---\ntitle: Guide\n---\n\nBack to [the welcome](./intro.md#welcome-aboard).\n',
    });
    const root = importInto(source);
    const intro = readFileSync(join(root, 'content/playbooks/intro.md'), 'utf8');
    expect(intro).toContain('title: Welcome aboard\n');
    expect(intro).not.toContain('# Welcome aboard');
    expect(intro).toMatch(/---\n\n\nRead \[the guide\]\(\.\/guide\.md\)\.\n$/);
    expect(readFileSync(join(root, 'content/playbooks/guide.md'), 'utf8')).toContain('Back to [the welcome](./intro.md).\n');
    expect(linkFindings(root)).toEqual([]);
  });

  it('takes a leading heading that repeats the frontmatter title out of the body, and keeps one that differs', () => {
    const source = writeSource({
      'docusaurus.config.js': 'export default {};\n',
      'docs/same.md': '---\ntitle: Release steps\n---\n\n# Release steps\n\nText.\n',
      'docs/other.md': '---\ntitle: Release\n---\n\n# Before a release\n\nText.\n',
    });
    const root = importInto(source);
    expect(readFileSync(join(root, 'content/playbooks/same.md'), 'utf8')).toMatch(/---\n\n\n\nText\.\n$/);
    expect(readFileSync(join(root, 'content/playbooks/other.md'), 'utf8')).toMatch(/---\n\n# Before a release\n\nText\.\n$/);
  });
});

describe('reading foreign frontmatter', () => {
  it('never runs ---js frontmatter, and keeps the body', () => {
    const marker = globalThis as { batonRan?: boolean };
    const page = readForeignPage('---js\n{ title: (globalThis.batonRan = true) }\n---\n\n# Body\n');
    expect(marker.batonRan).toBeUndefined();
    expect(page.data).toEqual({});
    expect(page.problem).toBe('its frontmatter is `js`, which Baton never runs; its fields were not read');
    expect(page.body).toBe('\n# Body\n');
    expect(page.bodyLine).toBe(4);
  });

  it('judges every file on its own: the same broken frontmatter twice is reported twice, and results are never shared', () => {
    const broken = '---\ntitle: [unclosed\n---\nBody\n';
    expect(readForeignPage(broken).problem).toMatch(/^its frontmatter could not be read/);
    expect(readForeignPage(broken).problem).toMatch(/^its frontmatter could not be read/);
    const first = readForeignPage('---\ntitle: Same\n---\n');
    first.data.title = 'Changed';
    expect(readForeignPage('---\ntitle: Same\n---\n').data).toEqual({ title: 'Same' });
  });

  it('keeps YAML dates as written, so an impossible one is not moved to another day', () => {
    expect(readForeignPage('---\ndate: 2020-02-30\nlastmod: 2026-01-05\n---\nBody\n').data).toEqual({ date: '2020-02-30', lastmod: '2026-01-05' });
  });

  it('reads TOML, JSON and Hugo\'s bare JSON frontmatter', () => {
    expect(readForeignPage('+++\ntitle = "T"\ndate = 2026-01-02\n+++\nBody\n').data).toEqual({ title: 'T', date: new Date('2026-01-02') });
    expect(readForeignPage('---json\n{"title": "J"}\n---\nBody\n').data).toEqual({ title: 'J' });
    const bare = readForeignPage('{\n  "title": "H"\n}\nBody\n');
    expect(bare.data).toEqual({ title: 'H' });
    expect(bare.bodyLine).toBe(4);
  });
});
