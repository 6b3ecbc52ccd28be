// The incremental build (experimental.incrementalBuild, src/lib/site/page-key.ts): a rebuild copies
// the pages whose key is unchanged from its cache, and must give exactly the site that a full build
// of the same content at the same time gives, file for file and byte for byte: a key that missed
// something a page shows would leave an old page online, and this is where it would show.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildSite, ROOT, type BuildResult } from '../helpers/build.ts';
import { cleanContent, makeContent, VALID } from '../helpers/content.ts';
import { readPage } from '../helpers/dist.ts';

afterAll(cleanContent);

/** Every file of a built site with its content. */
function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      out.set(path.relative(dir, file), readFileSync(file));
    }
  }
  return out;
}

/**
 * The files that differ between two built sites (missing on either side, or another content).
 * Pagefind numbers pages in the order it is given them, and the incremental build gives it the
 * copied pages last: its word index, filters and page list are the same index in another order,
 * so they are compared by name only; each page's indexed text (its fragment) byte for byte.
 */
function differences(a: string, b: string): string[] {
  const left = files(a);
  const right = files(b);
  const ordered = (f: string) => /^pagefind\/(index|filter)\/|^pagefind\/pagefind(\.fr_\w+\.pf_meta|-entry\.json)$/.test(f);
  const count = (m: Map<string, Buffer>, kind: RegExp) => [...m.keys()].filter((f) => kind.test(f)).length;
  return [
    ...[...new Set([...left.keys(), ...right.keys()])].filter((f) => !ordered(f) && !left.get(f)?.equals(right.get(f) ?? Buffer.alloc(0))),
    ...[/^pagefind\/index\//, /^pagefind\/filter\//, /\.pf_meta$/]
      .filter((kind) => count(left, kind) !== count(right, kind))
      .map((kind) => `pagefind ${kind.source}`),
  ].sort();
}

// eslint-disable-next-line no-control-regex -- the escape character starts a colour code
const log = (b: BuildResult) => b.stdout.replace(/\u001b\[[0-9;]*m/g, '');
/** HTML pages handed to the sitemap and the search index from the cache. */
const copied = (b: BuildResult) => Number(/(\d+) pages inchangées reprises du cache de construction/.exec(log(b))?.[1] ?? 0);
/** Pages Astro rendered (each goes through the typography middleware). */
const rendered = (b: BuildResult) => Number(/typographie française : \d+ pages sur (\d+)/.exec(log(b))?.[1] ?? 0);
/** Pages the search index took from the last build before they were rendered or copied. */
const ahead = (b: BuildResult) => Number(/(\d+) indexées d’avance/.exec(log(b))?.[1] ?? 0);
/** Files Astro copied from its cache (pages, calendars, JSON…). */
const restored = (b: BuildResult) => log(b).match(/\(restored\)/g)?.length ?? 0;
const fresh = (contentDir: string, now: string) =>
  buildSite({ contentDir, outDir: mkdtempSync(path.join(tmpdir(), 'coop-fresh-')), env: { BUILD_NOW: now } });

// The event of the test corpus ends on 4 March 2027 at 17:00 in Paris: the same day, in the
// morning it is to come, in the evening it is over.
const MORNING = '2027-03-04T08:00:00Z';
const EVENING = '2027-03-04T19:00:00Z';

describe('an incremental rebuild', () => {
  // An association of the same département that nothing links to: the other pages of the
  // département show it among their close records, with its title.
  const dir = makeContent({
    'acteurs/asso-voisine.md': VALID['acteurs/asso-test.md']!.replace('titre: Association de test', 'titre: Association voisine'),
  });
  const outDir = mkdtempSync(path.join(tmpdir(), 'coop-incremental-'));
  const first = buildSite({ contentDir: dir, outDir, env: { BUILD_NOW: MORNING } });

  // A change seen only through « close records » on other pages, and one through links.
  const voisine = path.join(dir, 'acteurs/asso-voisine.md');
  writeFileSync(voisine, readFileSync(voisine, 'utf8').replace('titre: Association voisine', 'titre: Association voisine renommée'));
  const pratique = path.join(dir, 'pratiques/pratique-test.md');
  writeFileSync(pratique, readFileSync(pratique, 'utf8').replace('titre: Pratique de test', 'titre: Pratique renommée'));
  const second = buildSite({ contentDir: dir, outDir, env: { BUILD_NOW: MORNING } });
  const secondDiff = differences(outDir, fresh(dir, MORNING).outDir);
  const secondCoop = readPage('/cooperations/coop-test/', outDir).querySelector('main')?.textContent ?? '';

  // Nothing changed but the hour: the event is over.
  const third = buildSite({ contentDir: dir, outDir, env: { BUILD_NOW: EVENING } });
  const thirdDiff = differences(outDir, fresh(dir, EVENING).outDir);
  const thirdEvent = readPage('/evenements/evenement-test/', outDir).querySelector('main')?.textContent ?? '';

  // What the search index keeps of the last build says another text for each page (as if their
  // template had changed without their key): the pages whose key did not change are indexed ahead
  // from it, then the index must be made again from the pages this build gives. Back to the
  // morning, the event's page changes, so the index is written again.
  const indexed = path.join(`${outDir}-cache`, 'pagefind/pages.ndjson');
  const kept = readFileSync(indexed, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { page: string; key?: string; content: string });
  for (const page of kept) page.content = page.content.replace('</article>', '<p>Texte périmé</p></article>');
  writeFileSync(indexed, kept.map((page) => JSON.stringify(page)).join('\n'));
  const fourth = buildSite({ contentDir: dir, outDir, env: { BUILD_NOW: MORNING } });
  const fourthDiff = differences(outDir, fresh(dir, MORNING).outDir);

  // Nothing changed, but the build is started another way: npm start runs npm run build inside
  // another npm, which adds to PATH, and a shell names the program it started in `_`.
  const fifth = buildSite({
    contentDir: dir,
    outDir,
    env: {
      BUILD_NOW: MORNING,
      PATH: `${path.join(ROOT, 'node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
      _: '/usr/bin/autre',
    },
  });

  // A sentence added to the text of the association that nothing links to: the search index gives
  // Pagefind the other pages before Astro announces them, from the records they show.
  writeFileSync(voisine, `${readFileSync(voisine, 'utf8').trimEnd()}\n\nUne phrase ajoutée au texte.\n`);
  const sixth = buildSite({ contentDir: dir, outDir, env: { BUILD_NOW: MORNING } });
  const sixthDiff = differences(outDir, fresh(dir, MORNING).outDir);

  test('builds', () => {
    for (const b of [first, second, third, fourth, fifth, sixth]) expect(b.status, b.stderr + b.stdout).toBe(0);
  });

  test('copies unchanged pages from its cache instead of rendering them', () => {
    expect(restored(first)).toBe(0);
    expect(copied(first)).toBe(0);
    // Every page shows the renamed records; the calendars and edit-form files of the others stay.
    expect(restored(second)).toBeGreaterThan(0);
    // Only the event's page changes.
    expect(copied(third)).toBeGreaterThan(0);
    // However the build is started, the pages' code is the same: nothing is rendered again.
    expect(rendered(fifth)).toBeLessThan(rendered(first));
    expect(rendered(fifth) + copied(fifth)).toBe(rendered(first));
  });

  test('gives the same site as a full build after records changed', () => {
    expect(secondCoop).toContain('Association voisine renommée');
    expect(secondCoop).toContain('Pratique renommée');
    expect(secondDiff).toEqual([]);
  });

  test('indexes ahead, for search, the pages whose key did not change', () => {
    expect(ahead(first)).toBe(0);
    // The event's page changed (it is over), the pages that show it too: the others were ready.
    expect(ahead(third)).toBeGreaterThan(0);
    expect(log(third)).not.toContain('abandonné');
    // Once the changed pages were in, the index was written while Astro went on (the site is
    // still compared with a full build's, byte for byte, below).
    expect(log(third)).toContain('index écrit pendant le rendu');
  });

  test('indexes ahead, before they are announced, the pages whose records did not change', () => {
    const guessed = Number(/dont (\d+) dès le début de la construction/.exec(log(sixth))?.[1] ?? 0);
    // Every record page but the association's is indexed ahead: those that show it among their
    // close records once announced with their unchanged key, the others before.
    const indexed = Number(/(\d+) pages indexées/.exec(log(sixth))?.[1] ?? 0);
    expect(ahead(sixth)).toBe(indexed - 1);
    expect(guessed).toBeGreaterThan(0);
    expect(guessed).toBeLessThan(ahead(sixth));
    expect(log(sixth)).not.toContain('supposées inchangées');
    expect(log(sixth)).toContain('index écrit pendant le rendu');
    expect(sixthDiff).toEqual([]);
    // An event over since the last build changes its page, not its record: the guess is dropped.
    expect(log(third)).toContain('des pages supposées inchangées avaient changé');
  });

  test('makes the search index again when a page differs from what was indexed ahead', () => {
    expect(kept.filter((page) => page.key !== undefined).length).toBeGreaterThan(0);
    expect(fourthDiff).toEqual([]);
    expect(log(fourth)).toContain('index préparé d’avance abandonné');
  });

  test('gives the same site as a full build later the same day', () => {
    expect(thirdEvent).toContain('Cet événement a eu lieu');
    expect(thirdDiff).toEqual([]);
  });
});
