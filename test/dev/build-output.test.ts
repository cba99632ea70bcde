import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { colourAllowed, dropUnreadHeadInjectDirective, HEAD_INJECT_DIRECTIVE } from '../../src/integrations/build-output.ts';
import { projectRoot } from '../helpers/project.ts';

const transform = (plugin: Plugin, code: string, id: string) => (plugin.transform as (code: string, id: string) => { code: string } | undefined)(code, id);

describe('the build’s output is about the handbook', () => {
  it('removes a directive that nothing in Astro reads (so removing it changes nothing)', () => {
    const astro = join(projectRoot, 'node_modules/astro/dist');
    const mentions = globSync('**/*.js', { cwd: astro }).filter((file) => readFileSync(join(astro, file), 'utf8').includes('head-inject'));
    // Only the plugin that writes it; should Astro start reading it again, this fails and the plugin must go.
    expect(mentions).toEqual(['content/vite-plugin-content-assets.js']);
  });

  it('drops the directive from the module Astro generates for an MDX page, and touches nothing else', () => {
    const plugin = dropUnreadHeadInjectDirective();
    const generated = `\n${HEAD_INJECT_DIRECTIVE}\nasync function getMod() {}`;
    expect(transform(plugin, generated, '/h/content/playbooks/x.mdx?astroPropagatedAssets')?.code).toBe('\n\nasync function getMod() {}');
    expect(transform(plugin, generated, '/h/src/pages/index.astro')).toBeUndefined();
  });

  it('allows colour codes on a terminal only, and never with NO_COLOR', () => {
    expect(colourAllowed({ isTTY: true }, {})).toBe(true);
    expect(colourAllowed({ isTTY: false }, {})).toBe(false);
    expect(colourAllowed({}, { CI: 'true' })).toBe(false);
    expect(colourAllowed({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
  });
});
