// Rebuilding into the same folder: a changed record shows everywhere it is listed, and the
// search index is reused from the cache when no indexed text changed.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { cleanContent, makeContent, VALID } from '../helpers/content.ts';
import { readPage } from '../helpers/dist.ts';

afterAll(cleanContent);

describe('a rebuild', () => {
  const dir = makeContent();
  const outDir = mkdtempSync(path.join(tmpdir(), 'coop-rebuild-'));
  const first = buildSite({ contentDir: dir, outDir });
  writeFileSync(
    path.join(dir, 'pratiques/pratique-test.md'),
    VALID['pratiques/pratique-test.md']!.replace('titre: Pratique de test', 'titre: Pratique renommée'),
  );
  const second = buildSite({ contentDir: dir, outDir });
  const secondPages = {
    pratique: readPage('/pratiques/pratique-test/', outDir).querySelector('h1')?.textContent,
    cooperation: readPage('/cooperations/coop-test/', outDir).querySelector('main')?.textContent ?? '',
    acteur: readPage('/acteurs/asso-test/', outDir).querySelector('main')?.textContent ?? '',
  };
  const third = buildSite({ contentDir: dir, outDir });
  // Astro colours its log when it thinks it runs in a terminal (or in CI).
  // eslint-disable-next-line no-control-regex -- the escape character starts a colour code
  const log = (b: { stdout: string }) => b.stdout.replace(/\u001b\[[0-9;]*m/g, '');

  test('builds', () => {
    expect(first.status, first.stderr + first.stdout).toBe(0);
    expect(second.status, second.stderr + second.stdout).toBe(0);
    expect(third.status, third.stderr + third.stdout).toBe(0);
  });

  test('writes the search index with the site, from the build alone', () => {
    expect(existsSync(path.join(outDir, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(path.join(outDir, 'pagefind/pagefind-entry.json'))).toBe(true);
  });

  test('shows a change on the changed record and on every page that lists it, and re-indexes it', () => {
    expect(secondPages.pratique).toBe('Pratique renommée');
    expect(secondPages.cooperation).toContain('Pratique renommée');
    expect(secondPages.acteur).toContain('Pratique renommée');
    expect(log(second)).toMatch(/Index de recherche : \d+ pages indexées/);
  });

  test('reuses the search index when nothing changed', () => {
    expect(log(third)).toMatch(/Index de recherche : \d+ pages inchangées, index repris du cache/);
    expect(readPage('/pratiques/pratique-test/', outDir).querySelector('h1')?.textContent).toBe('Pratique renommée');
  });
});
