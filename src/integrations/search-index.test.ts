// The search feed against the real Pagefind service: what it indexes ahead from the last build,
// and when the index it wrote during the build is kept.
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { searchFeed } from './search-index.ts';

const page = (title: string) =>
  `<!doctype html><html lang="fr"><body><article data-pagefind-body><h1>${title}</h1><p>Une fiche sur ${title}.</p></article></body></html>`;

/** The pages a built index holds: Pagefind writes one fragment per page. */
const fragments = (outDir: string) => readdirSync(path.join(outDir, 'pagefind/fragment')).length;

async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 300 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('the search feed', () => {
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'coop-search-cache-'));
  const logs: string[] = [];
  const log = (m: string) => logs.push(m);

  test('indexes ahead from the last build, and writes the index again when a page comes that no route announced', async () => {
    const first = searchFeed(cacheDir);
    first.announce('acteurs/a/index.html', 'cle-a');
    first.add('acteurs/a/index.html', page('Alpha'));
    const firstOut = mkdtempSync(path.join(tmpdir(), 'coop-search-out-'));
    await first.finish({ outDir: firstOut, log });
    expect(fragments(firstOut)).toBe(1);

    const second = searchFeed(cacheDir);
    second.announce('acteurs/a/index.html', 'cle-a');
    // Rendered again, the same: every announced page is in, the index is written aside.
    second.add('acteurs/a/index.html', page('Alpha'));
    await until(() => existsSync(path.join(cacheDir, 'pagefind.next/pagefind-entry.json')));
    expect(existsSync(path.join(cacheDir, 'pagefind.next/pagefind-entry.json'))).toBe(true);
    // Then a page that no route announced: the index written aside lacks it.
    second.add('a-propos/index.html', page('Bêta'));
    const secondOut = mkdtempSync(path.join(tmpdir(), 'coop-search-out-'));
    await second.finish({ outDir: secondOut, log });
    expect(fragments(secondOut)).toBe(2);
    expect(logs.at(-1)).toContain('1 indexées d’avance');
    expect(logs.at(-1)).not.toContain('écrit pendant le rendu');
  }, 60_000);

  test('writes the index again when a copied page comes that was not indexed ahead', async () => {
    const third = searchFeed(cacheDir);
    third.announce('acteurs/a/index.html', 'cle-a');
    third.add('acteurs/a/index.html', page('Alpha'));
    await until(() => existsSync(path.join(cacheDir, 'pagefind.next/pagefind-entry.json')));
    expect(existsSync(path.join(cacheDir, 'pagefind.next/pagefind-entry.json'))).toBe(true);
    third.add('acteurs/c/index.html', page('Gamma'), true);
    const thirdOut = mkdtempSync(path.join(tmpdir(), 'coop-search-out-'));
    await third.finish({ outDir: thirdOut, log });
    expect(fragments(thirdOut)).toBe(2);
    expect(logs.at(-1)).not.toContain('écrit pendant le rendu');
  }, 60_000);

  test('keeps the index written during the build when every page is as indexed ahead', async () => {
    const fourth = searchFeed(cacheDir);
    fourth.announce('acteurs/a/index.html', 'cle-a');
    fourth.announce('acteurs/d/index.html', 'cle-d');
    fourth.add('acteurs/d/index.html', page('Delta'));
    fourth.add('acteurs/a/index.html', page('Alpha'), true);
    const fourthOut = mkdtempSync(path.join(tmpdir(), 'coop-search-out-'));
    await fourth.finish({ outDir: fourthOut, log });
    expect(fragments(fourthOut)).toBe(2);
    expect(logs.at(-1)).toContain('index écrit pendant le rendu');
  }, 60_000);
});
