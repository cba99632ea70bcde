/**
 * The foreign handbooks of `test/fixtures/sources/`, one per source style, and the breaks planted in
 * each: where the links-only check must find them in the source, and what the import must carry over.
 */
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './project.ts';

/** A planted break: the marker in its link text, where it is in the source, and the rule that finds it. */
export interface PlantedBreak {
  marker: string;
  /** Path relative to the source's root folder. */
  file: string;
  line: number;
  column: number;
  rule: 'broken-link' | 'broken-anchor' | 'link-outside-handbook';
}

/** A source style: its fixture, the folder of pages in it, how its site routes pages, and its planted breaks. */
export interface SourceStyle {
  name: 'hugo' | 'docusaurus' | 'mkdocs' | 'obsidian' | 'notion';
  /** The folder of pages, relative to the fixture root. */
  pages: string;
  /** `check` options for its routing, folders relative to the fixture root. */
  routing: string[];
  planted: PlantedBreak[];
}

const NOTION_HOME = 'Handbook 0123456789abcdef0123456789abcdef.md';
const NOTION_ONBOARDING = 'Handbook 0123456789abcdef0123456789abcdef/Onboarding 89abcdef0123456789abcdef01234567.md';

/** Every source style the import and the links-only check are tested with. */
export const SOURCE_STYLES: readonly SourceStyle[] = [
  {
    name: 'hugo',
    pages: 'content',
    routing: ['--public', 'static'],
    planted: [
      { marker: 'HUGO-1', file: 'content/handbook/_index.md', line: 13, column: 10, rule: 'broken-link' },
      { marker: 'HUGO-2', file: 'content/handbook/engineering.md', line: 18, column: 5, rule: 'broken-anchor' },
      { marker: 'HUGO-3', file: 'content/handbook/engineering.md', line: 22, column: 10, rule: 'broken-link' },
      { marker: 'HUGO-4', file: 'content/handbook/people/benefits.md', line: 17, column: 10, rule: 'broken-anchor' },
    ],
  },
  {
    name: 'docusaurus',
    pages: 'docs',
    routing: ['--base', '/docs/', '--public', 'static'],
    planted: [
      { marker: 'DOCU-1', file: 'docs/intro.md', line: 14, column: 10, rule: 'broken-link' },
      { marker: 'DOCU-2', file: 'docs/intro.md', line: 16, column: 10, rule: 'broken-anchor' },
      { marker: 'DOCU-3', file: 'docs/intro.md', line: 18, column: 10, rule: 'broken-link' },
      { marker: 'DOCU-4', file: 'docs/guides/setup.md', line: 15, column: 10, rule: 'broken-link' },
    ],
  },
  {
    name: 'mkdocs',
    pages: 'docs',
    routing: [],
    planted: [
      { marker: 'MKDOCS-1', file: 'docs/index.md', line: 5, column: 10, rule: 'broken-link' },
      { marker: 'MKDOCS-2', file: 'docs/index.md', line: 7, column: 10, rule: 'broken-anchor' },
      { marker: 'MKDOCS-3', file: 'docs/about/license.md', line: 15, column: 10, rule: 'link-outside-handbook' },
    ],
  },
  {
    name: 'obsidian',
    pages: '.',
    routing: [],
    planted: [
      { marker: 'OBSIDIAN-1', file: 'Welcome.md', line: 10, column: 10, rule: 'broken-link' },
      { marker: 'OBSIDIAN-2', file: 'Welcome.md', line: 12, column: 10, rule: 'broken-anchor' },
      { marker: 'OBSIDIAN-3', file: 'Welcome.md', line: 14, column: 10, rule: 'broken-link' },
    ],
  },
  {
    name: 'notion',
    pages: '.',
    routing: [],
    planted: [
      { marker: 'NOTION-1', file: NOTION_HOME, line: 7, column: 10, rule: 'broken-link' },
      { marker: 'NOTION-2', file: NOTION_ONBOARDING, line: 7, column: 10, rule: 'broken-anchor' },
    ],
  },
];

/** A copy of a style's fixture as its own git repository (a `.git` folder marks one) under `parent`; returns its root. */
export function copySource(style: SourceStyle, parent: string = mkdtempSync(join(tmpdir(), 'baton-source-'))): string {
  const root = join(parent, style.name);
  cpSync(join(projectRoot, 'test/fixtures/sources', style.name), root, { recursive: true });
  mkdirSync(join(root, '.git'), { recursive: true });
  return root;
}
