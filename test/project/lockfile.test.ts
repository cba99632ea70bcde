import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { completeLockfile, missingPlatformPackages, type Lockfile } from '../../scripts/lockfile/complete-lockfile.ts';
import { projectRoot } from '../helpers/project.ts';

describe('the lockfile', () => {
  it('lists every optional platform package, so npm ci accepts it on a fresh machine', () => {
    const lockfile = JSON.parse(readFileSync(join(projectRoot, 'package-lock.json'), 'utf8')) as Lockfile;
    // When this fails after an `npm install`, run `npm run complete-lockfile` and commit the result.
    expect(missingPlatformPackages(lockfile)).toEqual([]);
  });

  it('pins every dependency to an exact version', () => {
    const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as Record<string, Record<string, string>>;
    const ranges = Object.entries({ ...manifest.dependencies, ...manifest.devDependencies }).filter(([, version]) => !/^\d+\.\d+\.\d+$/.test(version!));
    expect(ranges).toEqual([]);
  });

  it('records a missing platform package with its platform, so other platforms skip it', () => {
    const lockfile: Lockfile = { packages: { '': {}, 'node_modules/pagefind': { version: '1.6.0', optionalDependencies: { '@pagefind/darwin-arm64': '1.6.0', '@pagefind/linux-x64': '1.6.0' } }, 'node_modules/@pagefind/linux-x64': { version: '1.6.0', optional: true, os: ['linux'], cpu: ['x64'] } } };
    const { lockfile: completed, added } = completeLockfile(lockfile);
    expect(added).toEqual(['@pagefind/darwin-arm64@1.6.0']);
    expect(completed.packages['node_modules/@pagefind/darwin-arm64']).toEqual({ version: '1.6.0', optional: true, os: ['darwin'], cpu: ['arm64'] });
    expect(Object.keys(completed.packages)).toEqual(['', 'node_modules/@pagefind/darwin-arm64', 'node_modules/@pagefind/linux-x64', 'node_modules/pagefind']);
  });
});
