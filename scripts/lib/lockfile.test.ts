import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { type Lockfile, missingOptionalEntries, readLockfile } from './lockfile.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('missingOptionalEntries', () => {
  test('names each optional binding that has no entry of its own', () => {
    const lock: Lockfile = {
      lockfileVersion: 3,
      packages: {
        '': {},
        'node_modules/esbuild': { optionalDependencies: { '@esbuild/linux-x64': '1.0.0', '@esbuild/darwin-arm64': '1.0.0' } },
        'node_modules/@esbuild/linux-x64': { version: '1.0.0' },
      },
    };
    expect(missingOptionalEntries(lock)).toEqual(['esbuild → @esbuild/darwin-arm64']);
  });

  test('finds a binding nested under its package or hoisted to any parent', () => {
    const lock: Lockfile = {
      lockfileVersion: 3,
      packages: {
        '': {},
        'node_modules/a/node_modules/b': { optionalDependencies: { c: '1', d: '1' } },
        'node_modules/a/node_modules/b/node_modules/c': {},
        'node_modules/d': {},
      },
    };
    expect(missingOptionalEntries(lock)).toEqual([]);
  });
});

describe('package-lock.json', () => {
  const lock = readLockfile(path.join(ROOT, 'package-lock.json'));

  test('records every platform’s native bindings, so that npm ci works on Linux, macOS and Windows (run `npm run lock`)', () => {
    expect(missingOptionalEntries(lock)).toEqual([]);
    // The bindings this project's build needs, for the platforms maintainers and runners use.
    for (const name of [
      '@esbuild/darwin-arm64',
      '@esbuild/win32-x64',
      '@rolldown/binding-darwin-x64',
      '@rolldown/binding-win32-x64-msvc',
      '@bruits/satteri-darwin-arm64',
      'lightningcss-win32-x64-msvc',
      '@img/sharp-darwin-arm64',
      '@pagefind/windows-x64',
      '@astrojs/compiler-binding-darwin-arm64',
    ]) {
      expect(
        Object.keys(lock.packages).some((key) => key.endsWith(`node_modules/${name}`)),
        name,
      ).toBe(true);
    }
  });

  test('asks for the same dependencies as package.json (run `npm run lock` after changing them)', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
    };
    const root = lock.packages[''] ?? {};
    expect(root.dependencies ?? {}).toEqual(pkg.dependencies ?? {});
    expect(root.devDependencies ?? {}).toEqual(pkg.devDependencies ?? {});
  });
});
