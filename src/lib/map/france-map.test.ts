import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { renderFranceMap, type ShadeEntry } from './france-map.ts';
import { HIGHLIGHT_COLOUR } from './palette.ts';
import type { DepartementsTopology } from './geo-build.ts';
import { DEPARTEMENTS } from '../territories/territoires.ts';

const topology = JSON.parse(readFileSync('src/data/departements.topo.json', 'utf8')) as DepartementsTopology;

const allShaded: Record<string, ShadeEntry> = Object.fromEntries(
  DEPARTEMENTS.map((d, i) => [
    d.code,
    { count: 1 + (i % 9), label: `${d.nom} : ${1 + (i % 9)} coopérations`, href: `/departements/${d.code}/` },
  ]),
);

/** Opening tags with their ancestors, enough to check what assistive technology can reach. */
function elements(svg: string): Array<{ tag: string; attrs: string; ancestors: string[] }> {
  const out: Array<{ tag: string; attrs: string; ancestors: string[] }> = [];
  const stack: string[] = [];
  for (const [, close, tag = '', attrs = '', selfClosing] of svg.matchAll(/<(\/?)([a-z]+)([^>]*?)(\/?)>/g)) {
    if (close) {
      stack.pop();
      continue;
    }
    out.push({ tag, attrs, ancestors: [...stack] });
    if (!selfClosing) stack.push(`${tag}${attrs}`);
  }
  return out;
}

describe('renderFranceMap', () => {
  const full = renderFranceMap(topology, allShaded, [], {
    width: 800,
    links: true,
    title: 'Coopérations par département',
    idPrefix: 'carte',
  });
  const mini = renderFranceMap(topology, {}, [], {
    width: 300,
    links: false,
    title: 'Gironde',
    idPrefix: 'mini',
    highlight: ['33', '974'],
  });

  test('makes one labelled link per shaded département when links are on', () => {
    const links = elements(full).filter((e) => e.tag === 'a');
    expect(links).toHaveLength(101);
    expect(full).toContain('<a href="/departements/33/" aria-label="Gironde : ');
    expect(full).toMatch(/^<svg [^>]*role="group" aria-labelledby="carte-titre">/);
    expect(full).toContain('<title id="carte-titre">Coopérations par département</title>');
  });

  test('is a single image without links', () => {
    expect(mini).toMatch(/^<svg [^>]*role="img" aria-labelledby="mini-titre">/);
    expect(mini).not.toContain('<a ');
  });

  test('hides every path that is not a link from assistive technology', () => {
    for (const svg of [full, mini]) {
      const paths = elements(svg).filter((e) => e.tag === 'path' || e.tag === 'text' || e.tag === 'rect');
      for (const p of paths) {
        const reachable = p.ancestors.some((a) => a.startsWith('a '));
        const hidden = [p.attrs, ...p.ancestors].some((a) => a.includes('aria-hidden="true"'));
        expect(reachable || hidden).toBe(true);
      }
    }
  });

  test('links every département that has an href, without content too (its page invites contributions)', () => {
    const svg = renderFranceMap(
      topology,
      {
        '33': { count: 2, label: 'Gironde : 2', href: '/g/' },
        '35': { count: 0, label: 'Ille-et-Vilaine : 0', href: '/i/' },
        '22': { count: 1, label: 'Côtes-d’Armor : 1' },
      },
      [],
      { width: 600, links: true, title: 'Carte', idPrefix: 'c' },
    );
    expect(
      elements(svg)
        .filter((e) => e.tag === 'a')
        .map((e) => e.attrs),
    ).toEqual([' href="/g/" aria-label="Gironde : 2"', ' href="/i/" aria-label="Ille-et-Vilaine : 0"']);
  });

  test('escapes labels and links', () => {
    const svg = renderFranceMap(topology, { '75': { count: 1, label: 'Paris & "petite" <couronne>', href: '/?a=1&b=2' } }, [], {
      width: 400,
      links: true,
      title: 'A & B',
      idPrefix: 'e',
    });
    expect(svg).toContain('aria-label="Paris &amp; &quot;petite&quot; &lt;couronne&gt;"');
    expect(svg).toContain('href="/?a=1&amp;b=2"');
    expect(svg).toContain('<title id="e-titre">A &amp; B</title>');
  });

  test('labels the five overseas insets', () => {
    for (const nom of ['Guadeloupe', 'Martinique', 'Guyane', 'La Réunion', 'Mayotte']) expect(mini).toContain(`>${nom}</text>`);
    expect(elements(mini).filter((e) => e.tag === 'rect')).toHaveLength(5);
  });

  test('draws highlighted départements in the highlight colour', () => {
    expect(mini).toMatch(new RegExp(`<path aria-hidden="true" fill="${HIGHLIGHT_COLOUR}"[^>]* d="M`));
  });

  test('rounds path coordinates to one decimal', () => {
    for (const [, d] of full.matchAll(/ d="([^"]*)"/g)) expect(d).not.toMatch(/\.\d\d/);
  });

  test('leaves out islets that round to a single point', () => {
    for (const svg of [full, mini]) {
      for (const [, d] of svg.matchAll(/ d="([^"]*)"/g)) expect(d).not.toMatch(/M[-\d. ]+(z|M|$)/);
    }
  });

  test('places markers in metropolitan France and in the insets, and drops those elsewhere', () => {
    const svg = renderFranceMap(
      topology,
      {},
      [
        { lon: 2.35, lat: 48.86, label: 'Paris', href: '/p/' },
        { lon: 55.45, lat: -20.88, label: 'Saint-Denis (La Réunion)', href: '/r/' },
        { lon: -73.99, lat: 40.73, label: 'New York', href: '/ny/' },
      ],
      { width: 500, links: true, title: 'Lieux', idPrefix: 'l' },
    );
    const circles = [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(circles).toHaveLength(2);
    const rects = [...svg.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)].map((m) =>
      m.slice(1).map(Number),
    );
    const [x, y, w, h] = rects[3] ?? []; // insets are in code order: 971, 972, 973, 974, 976
    const [cx, cy] = circles[1] ?? [];
    expect(cx).toBeGreaterThan(x ?? Infinity);
    expect(cx).toBeLessThan((x ?? 0) + (w ?? 0));
    expect(cy).toBeGreaterThan(y ?? Infinity);
    expect(cy).toBeLessThan((y ?? 0) + (h ?? 0));
    expect(svg).toContain('<a href="/r/" aria-label="Saint-Denis (La Réunion)"><circle');
  });

  test('gives the same bytes for the same input', () => {
    expect(
      renderFranceMap(topology, allShaded, [], { width: 800, links: true, title: 'Coopérations par département', idPrefix: 'carte' }),
    ).toBe(full);
  });

  test('keeps the full map under 60 KB gzip', () => {
    expect(gzipSync(full).length).toBeLessThan(60 * 1024);
  });

  test('keeps a mini-map under 15 KB, raw', () => {
    expect(mini.length).toBeLessThan(15 * 1024);
    expect(gzipSync(mini).length).toBeLessThan(15 * 1024);
  });
});

describe('renderFranceMap thumbnails', () => {
  test('leave out the inset names when asked, keeping the insets', async () => {
    const { renderFranceMap } = await import('./france-map.ts');
    const topo = (await import('./topology.ts')).DEPARTEMENTS_TOPOLOGY;
    const withNames = renderFranceMap(topo, new Map(), [], { width: 160, links: false, title: 'x', idPrefix: 'a' });
    const without = renderFranceMap(topo, new Map(), [], { width: 160, links: false, insetLabels: false, title: 'x', idPrefix: 'b' });
    expect(withNames).toContain('>Guadeloupe</text>');
    expect(without).not.toContain('<text');
    expect(without.match(/<rect /g)).toHaveLength(5);
  });
});
