/**
 * `npm run complete-lockfile`: adds to `package-lock.json` the platform packages npm left out.
 *
 * Packages such as pagefind and Astro's compiler ship one optional binary package per platform. When
 * the registry this project installs from lacks some of them (a mirror that only carries what was
 * asked for), `npm install` leaves them out of the lockfile and `npm ci` then refuses the lockfile as
 * incomplete. This records each missing one with its platform, so `npm ci` skips it on every other
 * platform, exactly as it skips the ones npm did record. Run it after `npm install`; a test fails
 * when it is needed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { completeLockfile } from './lockfile/complete-lockfile.ts';

const path = fileURLToPath(new URL('../package-lock.json', import.meta.url));
const { lockfile, added } = completeLockfile(JSON.parse(readFileSync(path, 'utf8')));
writeFileSync(path, `${JSON.stringify(lockfile, null, 2)}\n`);
process.stdout.write(added.length === 0 ? 'The lockfile already lists every platform package.\n' : `Added ${added.length} platform packages:\n${added.map((name) => `  ${name}\n`).join('')}`);
