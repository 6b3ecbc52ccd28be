// The search feed against the real Pagefind service: what it indexes ahead from the last build,
// and when the index it wrote during the build is kept.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { searchFeed } from './search-index.ts';

const page = (title: string) =>
  `<!doctype html><html lang="fr"><body><article data-pagefind-body><h1>${title}</h1><p>Une fiche sur ${title}.</p></article></body></html>`;

/** The pages a built index holds: Pagefind writes one fragment per page. */
const fragments = (outDir: string) => readdirSync(path.join(outDir, 'pagefind/fragment')).length;

/** The texts a built index holds, read from its fragments (gzip, after Pagefind's signature). */
const texts = (outDir: string) =>
  readdirSync(path.join(outDir, 'pagefind/fragment'))
    .map((f) => gunzipSync(readFileSync(path.join(outDir, 'pagefind/fragment', f))).toString('utf8'))
    .map((f) => (JSON.parse(f.slice(f.indexOf('{'))) as { content: string }).content)
    .sort();

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

describe('the search feed, guessing before the pages are announced', () => {
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'coop-search-cache-'));
  const logs: string[] = [];
  const log = (m: string) => logs.push(m);
  const sources = (entries: Record<string, string>) => new Map(Object.entries({ '*': 'themes', ...entries }));
  const build = async (
    feed: ReturnType<typeof searchFeed>,
    pages: Array<{ page: string; key?: string; shown?: string[]; html: string; copied?: boolean }>,
  ) => {
    for (const p of pages) if (p.key) feed.announce(p.page, p.key, p.shown);
    for (const p of pages) feed.add(p.page, p.html, p.copied);
    const outDir = mkdtempSync(path.join(tmpdir(), 'coop-search-out-'));
    await feed.finish({ outDir, log });
    return outDir;
  };
  const a = { page: 'acteurs/a/index.html', key: 'cle-a', shown: ['acteurs/a'], html: page('Alpha') };
  const b = { page: 'acteurs/b/index.html', key: 'cle-b', shown: ['acteurs/b', 'acteurs/a'], html: page('Bêta') };

  test('indexes at once the pages whose records kept their text, and only those', async () => {
    await build(searchFeed(cacheDir, { sources: sources({ 'acteurs/a': 'a1', 'acteurs/b': 'b1' }) }), [a, b]);
    expect(logs.at(-1)).not.toContain('dès le début');

    // b changed: a is guessed, b waits for its page.
    const second = searchFeed(cacheDir, { sources: sources({ 'acteurs/a': 'a1', 'acteurs/b': 'b2' }) });
    const out = await build(second, [
      { ...a, copied: true },
      { ...b, key: 'cle-b2', html: page('Bêta neuf') },
    ]);
    expect(texts(out)).toEqual(['Alpha. Une fiche sur Alpha.', 'Bêta neuf. Une fiche sur Bêta neuf.']);
    expect(logs.at(-1)).toContain('1 indexées d’avance (dont 1 dès le début de la construction), index écrit pendant le rendu');

    // a changed, which b shows too: nothing is guessed.
    const third = searchFeed(cacheDir, { sources: sources({ 'acteurs/a': 'a2', 'acteurs/b': 'b2' }) });
    await build(third, [
      { ...a, key: 'cle-a2', html: page('Alpha neuf') },
      { ...b, key: 'cle-b3', html: page('Bêta neuf') },
    ]);
    expect(logs.at(-1)).not.toContain('dès le début');
    expect(logs.filter((l) => l.includes('supposées inchangées'))).toEqual([]);
  }, 60_000);

  test('starts again from the announced pages when a guessed page has another key', async () => {
    // Nothing changed in the records, but a's page did (an event that is over, a code change).
    const feed = searchFeed(cacheDir, { sources: sources({ 'acteurs/a': 'a2', 'acteurs/b': 'b2' }) });
    // b, announced first, was guessed right: indexed again at once in the new index.
    const out = await build(feed, [
      { ...b, key: 'cle-b3', html: page('Bêta neuf'), copied: true },
      { ...a, key: 'cle-a3', html: page('Alpha autre') },
    ]);
    expect(texts(out)).toEqual(['Alpha autre. Une fiche sur Alpha autre.', 'Bêta neuf. Une fiche sur Bêta neuf.']);
    expect(logs).toContain('Index de recherche : des pages supposées inchangées avaient changé, index repris des pages annoncées');
    expect(logs.at(-1)).toContain('2 pages indexées, 1 indexées d’avance, index écrit pendant le rendu');
  }, 60_000);

  test('starts again when a guessed page is not in the build, and guesses nothing once a record is new', async () => {
    logs.length = 0;
    // From now on, b shows no other record.
    const alone = { ...b, key: 'cle-b3', shown: ['acteurs/b'], html: page('Bêta neuf'), copied: true };
    const feed = searchFeed(cacheDir, { sources: sources({ 'acteurs/a': 'a2', 'acteurs/b': 'b2' }) });
    const out = await build(feed, [alone]);
    expect(texts(out)).toEqual(['Bêta neuf. Une fiche sur Bêta neuf.']);
    expect(logs).toContain('Index de recherche : des pages supposées inchangées avaient changé, index repris des pages annoncées');

    const next = searchFeed(cacheDir, { sources: sources({ 'acteurs/b': 'b2', 'acteurs/c': 'c1' }) });
    await build(next, [alone, { page: 'acteurs/c/index.html', key: 'cle-c', shown: ['acteurs/c', 'acteurs/b'], html: page('Gamma') }]);
    expect(logs.at(-1)).toContain('1 indexées d’avance, index écrit pendant le rendu');

    // The themes changed: any page may show them. Nothing guessed, so nothing guessed wrong.
    logs.length = 0;
    const themes = searchFeed(cacheDir, { sources: new Map([...sources({ 'acteurs/b': 'b2', 'acteurs/c': 'c1' }), ['*', 'autres']]) });
    await build(themes, [
      alone,
      { page: 'acteurs/c/index.html', key: 'cle-c2', shown: ['acteurs/c', 'acteurs/b'], html: page('Gamma neuf') },
    ]);
    expect(logs.filter((l) => l.includes('supposées inchangées'))).toEqual([]);
    expect(logs.at(-1)).toContain('1 indexées d’avance, index écrit pendant le rendu');
  }, 60_000);
});
