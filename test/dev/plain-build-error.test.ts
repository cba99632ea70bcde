import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PlainBuildError } from '../../src/integrations/plain-build-error.ts';
import { projectRoot } from '../helpers/project.ts';

// Astro's own metadata collector, which both `astro build` and the dev overlay run on every error.
const { collectErrorMetadata } = (await import(pathToFileURL(join(projectRoot, 'node_modules/astro/dist/core/errors/dev/utils.js')).href)) as {
  collectErrorMetadata(error: Error): { hint?: string };
};

const MESSAGE = 'content/playbooks/fto.md:34:1  error  HTML element `<iframe>` is not allowed in a page; use Markdown, or an element from the list in the rule\'s documentation  unsafe-html';

describe('build failures carry no misleading hint', () => {
  it('is what Astro does to a plain Error that mentions the word document', () => {
    expect(collectErrorMetadata(new Error(MESSAGE)).hint).toMatch(/^Browser APIs are not available on the server/);
  });

  it('gives a PlainBuildError no browser-API hint, whatever its message says', () => {
    expect(collectErrorMetadata(new PlainBuildError(`The handbook has content errors:\n\n${MESSAGE}\nrenewal window`)).hint).toBeUndefined();
  });

  it('keeps the hint a PlainBuildError carries', () => {
    const error = new PlainBuildError(MESSAGE);
    error.hint = 'run `npm run check` to see every problem';
    expect(collectErrorMetadata(error).hint).toBe('run `npm run check` to see every problem');
  });
});
