/**
 * Writes a handbook of hostile pages at test time: deep nesting, 100,000-character lines, thousands of
 * headings, headings whose slugs collide, Unicode and right-to-left text, zero-width characters in
 * headings, and file names with spaces and non-ASCII letters. Nothing in it is unsafe, only hard.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './project.ts';

const frontmatter = (title: string) =>
  ['---', `title: '${title.replaceAll("'", "''")}'`, 'summary: A page built to be hard to read.', 'owner: ada-okafor', 'last_reviewed: 2026-10-01', 'review_every: 1y', 'status: active', 'functions: [legal]', '---', ''].join('\n');

/** The hostile pages, by file name. */
export function hostilePages(): Record<string, string> {
  const words = 'licence partner patent review invention '.repeat(2500);
  return {
    // As deep as `check.max_nesting` allows by default; deeper pages are refused unread (`page-limits`).
    'deep-quotes.md': `${frontmatter('Deep quotes')}\n${'> '.repeat(32)}Deep inside.\n`,
    'deep-lists.md': `${frontmatter('Deep lists')}\n${Array.from({ length: 32 }, (_, depth) => `${'  '.repeat(depth)}- level ${depth}`).join('\n')}\n`,
    'long-line.md': `${frontmatter('A long line')}\n${words.slice(0, 100_000)}\n`,
    'many-headings.md': `${frontmatter('Many headings')}\n${Array.from({ length: 3000 }, (_, index) => `## Heading ${index}\n\nText ${index}.\n`).join('\n')}`,
    'colliding-slugs.md': `${frontmatter('Colliding slugs')}\n${'## Same\n\nText.\n\n'.repeat(50)}## Same 1\n\n## Same-1\n\n[the third](#same-2) [the clash](#same-1-1)\n`,
    'unicode-and-rtl.md': `${frontmatter('Unicode, עברית and العربية')}\n## مرحبا بالعالم\n\n## שלום עולם\n\n## Ünïcödé ✓ 中文标题\n\nمرحبا [link](#مرحبا-بالعالم) and [another](#שלום-עולם).\n`,
    'zero-width.md': `${frontmatter('Zero width')}\n## Zero\u200Bwidth\u200D heading\n\n## Join\u2060er\n\nText with \u200E marks \u202E reversed.\n`,
    'Notes with spaces.md': `${frontmatter('Notes with spaces')}\nA file name with spaces.\n`,
    'Ünïcode-notes.md': `${frontmatter('Unicode file name')}\nA file name with letters beyond ASCII.\n`,
  };
}

/** A copy of the rule-base handbook with the hostile playbooks, at `root`. */
export function writeHostileHandbook(root: string): void {
  cpSync(join(projectRoot, 'test/fixtures/rule-base'), root, { recursive: true });
  mkdirSync(join(root, 'content/playbooks'), { recursive: true });
  for (const [name, text] of Object.entries(hostilePages())) writeFileSync(join(root, 'content/playbooks', name), text);
}
