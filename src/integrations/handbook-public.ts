/**
 * Serves the files of a handbook built with `BATON_HANDBOOK` (its own `public/`, where `npm run import`
 * puts a foreign handbook's images and attachments) beside the project's: the checker accepts a link
 * to a file under the handbook's `public/`, so the site must serve it. The build copies them into the
 * output after the pages are written; the preview serves them as they are. A file the site itself
 * has at the same address (`/theme.js`) wins, and the build says which were left out.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { createReadStream } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const TYPES: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.svg': 'image/svg+xml', '.webp': 'image/webp', '.pdf': 'application/pdf', '.txt': 'text/plain; charset=utf-8', '.json': 'application/json' };

/** The integration for the handbook whose root is `handbookRoot`; does nothing when it is the project itself. */
export function handbookPublic({ handbookRoot, projectRoot }: { handbookRoot: string; projectRoot: string }): AstroIntegration {
  const folder = join(handbookRoot, 'public');
  const active = resolve(handbookRoot) !== resolve(projectRoot) && existsSync(folder);
  return {
    name: 'baton-handbook-public',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        if (!active) return;
        const out = fileURLToPath(dir);
        const skipped: string[] = [];
        for (const file of filesUnder(folder)) {
          const destination = join(out, relative(folder, file));
          if (existsSync(destination)) {
            skipped.push(relative(folder, file).split(sep).join('/'));
            continue;
          }
          mkdirSync(dirname(destination), { recursive: true });
          copyFileSync(file, destination);
        }
        if (skipped.length > 0) logger.warn(`The handbook's \`public/\` has files the site already serves, left out: ${skipped.map((path) => `\`${path}\``).join(', ')}; rename them`);
      },
      'astro:server:setup': ({ server }) => {
        if (!active) return;
        server.middlewares.use((request, response, next) => {
          const path = decodeURIComponent((request.url ?? '/').split('?')[0]!);
          const file = resolve(folder, `.${path}`);
          if (!file.startsWith(folder + sep) || !existsSync(file) || !statSync(file).isFile()) return next();
          response.setHeader('Content-Type', TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
          createReadStream(file).pipe(response);
        });
      },
    },
  };
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}
