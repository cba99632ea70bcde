/**
 * Keeps the build's output about the handbook, not about Astro's internals: two Vite plugins that
 * remove what made every build print a warning the project cannot act on.
 */
import { stripVTControlCharacters } from 'node:util';
import type { Plugin } from 'vite';

/** The marker Astro writes at the top of the module that propagates an MDX page's styles. */
export const HEAD_INJECT_DIRECTIVE = '"use astro:head-inject";';

/**
 * Astro's content-asset plugin starts the module it generates for each MDX page with the directive
 * `"use astro:head-inject"` (withastro/astro#18087). Nothing in Astro reads it any more, and Rolldown
 * warns that it may not keep a directive it does not know, once per MDX page per build, colour codes
 * and all. Removing the unread line removes the warning at its cause; the page renders the same.
 */
export function dropUnreadHeadInjectDirective(): Plugin {
  return {
    name: 'baton-drop-unread-head-inject-directive',
    transform(code, id) {
      if (!id.includes('astroPropagatedAssets') || !code.includes(HEAD_INJECT_DIRECTIVE)) return undefined;
      return { code: code.replace(HEAD_INJECT_DIRECTIVE, ''), map: null };
    },
  };
}

/** Whether the build's output may carry colour codes: on a terminal, unless `NO_COLOR` says not. */
export function colourAllowed(stream: { isTTY?: boolean } = process.stdout, environment: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(stream.isTTY) && !environment.NO_COLOR;
}

/**
 * Rolldown formats its warnings with colour codes whether or not anyone will see colours; written to a
 * file or a CI log they arrive as raw escape sequences. Off a terminal they are taken out.
 */
export function plainBundlerWarnings(): Plugin {
  return {
    name: 'baton-plain-bundler-warnings',
    apply: 'build',
    config: () =>
      colourAllowed()
        ? undefined
        : {
            build: {
              rolldownOptions: {
                onLog(level, log, handler) {
                  handler(level, { ...log, message: stripVTControlCharacters(log.message) });
                },
              },
            },
          },
  };
}
