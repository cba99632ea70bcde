import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildHandbook } from '../helpers/build-handbook.ts';
import { importStyle } from '../helpers/import-source.ts';
import { SOURCE_STYLES } from '../helpers/source-styles.ts';

describe('an imported handbook builds: every page, its files and its redirects, and no ---js code runs', () => {
  for (const style of SOURCE_STYLES) {
    it(`builds the imported ${style.name} handbook`, async () => {
      const imported = importStyle(style);
      expect(imported.run.status).toBe(0);
      const outDir = join(imported.root, 'dist');
      const result = await buildHandbook({ handbook: imported.root, outDir, env: { BATON_SIDE_EFFECT: imported.sideEffect } });
      expect(result.exitCode).toBe(0);
      expect(result.output).toMatch(/\d+ known findings? from `baton\.baseline\.json` did not stop the build/);
      for (const file of imported.files.values()) {
        const [, collection, name] = /^content\/([^/]+)\/(.+)\.mdx?$/.exec(file)!;
        expect(existsSync(join(outDir, collection!, name!, 'index.html')), file).toBe(true);
      }
      const report = readFileSync(join(imported.root, 'import-report.md'), 'utf8');
      for (const [, from, to] of report.matchAll(/^- `(\/[^`]*)` → `(\/[^`]+)`/gm)) {
        expect(readFileSync(join(outDir, decodeURIComponent(from!), 'index.html'), 'utf8')).toContain(`url=${to}`);
      }
      for (const [, copied] of readFileSync(join(imported.root, 'import-report.md'), 'utf8').matchAll(/^- `(public\/[^`]+)`/gm)) expect(existsSync(join(outDir, copied!.slice('public/'.length)))).toBe(true);
      expect(existsSync(imported.sideEffect)).toBe(false);
    }, 300_000);
  }
});
