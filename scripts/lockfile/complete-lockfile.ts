/** Finds optional platform packages a lockfile leaves out, and records them with their platform. */

/** The parts of `package-lock.json` this reads. */
export interface Lockfile {
  packages: Record<string, { version?: string; optional?: boolean; os?: string[]; cpu?: string[]; libc?: string[]; optionalDependencies?: Record<string, string> }>;
  [key: string]: unknown;
}

const PLATFORM = /(darwin|linux|win32|windows|freebsd|android|openbsd|netbsd|sunos|aix|wasm32)(?:-(arm64|x64|ia32|arm|riscv64|s390x|ppc64|loong64|wasi))?(?:-(gnu|musl|msvc|gnueabihf))?$/;

/** Optional dependencies of locked packages that have no entry of their own, as `name@version`. */
export function missingPlatformPackages(lockfile: Lockfile): { name: string; version: string }[] {
  const missing = new Map<string, string>();
  for (const [key, entry] of Object.entries(lockfile.packages)) {
    for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
      const nested = `${key ? `${key}/` : ''}node_modules/${name}`;
      if (lockfile.packages[nested] || lockfile.packages[`node_modules/${name}`]) continue;
      missing.set(name, version.replace(/^[\^~]/, ''));
    }
  }
  return [...missing].map(([name, version]) => ({ name, version }));
}

/** The lockfile with an entry for every missing platform package, and what was added. */
export function completeLockfile(lockfile: Lockfile): { lockfile: Lockfile; added: string[] } {
  const packages = { ...lockfile.packages };
  const added: string[] = [];
  for (const { name, version } of missingPlatformPackages(lockfile)) {
    const platform = PLATFORM.exec(name);
    const os = platform?.[1] === 'windows' ? 'win32' : platform?.[1];
    packages[`node_modules/${name}`] = {
      version,
      optional: true,
      ...(os && os !== 'wasm32' && { os: [os] }),
      ...(platform?.[2] && os !== 'wasm32' && { cpu: [platform[2]] }),
      ...(os === 'wasm32' && { cpu: ['wasm32'] }),
      ...(platform?.[3] === 'musl' && { libc: ['musl'] }),
      ...(platform?.[3] === 'gnu' && { libc: ['glibc'] }),
    };
    added.push(`${name}@${version}`);
  }
  const sorted = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)));
  return { lockfile: { ...lockfile, packages: sorted }, added };
}
