// Reads package-lock.json (lockfileVersion 3) and finds optional dependencies it does not record.
import { readFileSync } from 'node:fs';

interface LockPackage {
  version?: string;
  optionalDependencies?: Record<string, string>;
  os?: string[];
  cpu?: string[];
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

export interface Lockfile {
  lockfileVersion: number;
  packages: Record<string, LockPackage>;
}

export function readLockfile(file: string): Lockfile {
  return JSON.parse(readFileSync(file, 'utf8')) as Lockfile;
}

/**
 * Where Node would find `name` from the package installed at `from` (a lockfile key such as
 * `node_modules/a/node_modules/b`): its own node_modules, then each parent's, then the root's.
 */
function resolves(packages: Lockfile['packages'], from: string, name: string): boolean {
  let dir = from;
  for (;;) {
    const candidate = dir === '' ? `node_modules/${name}` : `${dir}/node_modules/${name}`;
    if (candidate in packages) return true;
    if (dir === '') return false;
    const cut = dir.lastIndexOf('/node_modules/');
    dir = cut === -1 ? '' : dir.slice(0, cut);
  }
}

/**
 * Every optional dependency (`package → dependency`) that has no entry of its own: `npm ci` on
 * a platform that needs it then refuses the lockfile. Sorted, for a readable message.
 */
export function missingOptionalEntries(lock: Lockfile): string[] {
  const missing: string[] = [];
  for (const [key, pkg] of Object.entries(lock.packages)) {
    for (const name of Object.keys(pkg.optionalDependencies ?? {})) {
      if (!resolves(lock.packages, key, name)) missing.push(`${key === '' ? '(racine)' : key.replace(/^.*node_modules\//, '')} → ${name}`);
    }
  }
  return missing.sort();
}
