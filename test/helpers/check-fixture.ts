/** Builds a throwaway handbook from the rule base plus some files, and checks it. */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { collectionNames } from '../../src/schemas/index.ts';
import { runCheck, type CheckOptions } from '../../scripts/checker/run-check.ts';
import { projectRoot, TEST_TODAY } from './project.ts';
import { asLine } from './rule-docs.ts';

/** A copy of `test/fixtures/rule-base` with `files` written on top; returns its root. */
export function makeHandbook(files: Record<string, string | Uint8Array> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'baton-check-'));
  cpSync(join(projectRoot, 'test/fixtures/rule-base'), root, { recursive: true });
  // git keeps no empty folders, so a fresh clone lacks the fixture's empty type folders: make them here.
  for (const collection of collectionNames) mkdirSync(join(root, 'content', collection), { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

/** Checks a handbook on the test day and returns the problems as printed lines. */
export async function checkLines(root: string, options: Partial<CheckOptions> = {}): Promise<string[]> {
  const { diagnostics } = await runCheck({ root, paths: ['content'], only: [], today: TEST_TODAY, cachePath: false, ...options });
  return diagnostics.map(asLine);
}

/** A valid playbook with `body` after its frontmatter (which ends on line 9). */
export function playbook(body: string, extraFields: string[] = []): string {
  return ['---', 'title: Freedom-to-operate check', 'summary: How we clear a product for launch.', 'owner: ada-okafor', 'last_reviewed: 2026-10-01', 'review_every: 1y', 'status: active', 'functions: [legal]', ...extraFields, '---', '', body, ''].join('\n');
}
