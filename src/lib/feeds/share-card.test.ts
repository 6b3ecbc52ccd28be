import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { CARD, cardSvg, fontFromDataUrl, pngToIco, svgToPng, wrap } from './share-card.ts';

const require = createRequire(import.meta.url);
const font = (weight: number) =>
  fontFromDataUrl(
    `data:font/woff;base64,${readFileSync(require.resolve(`@fontsource/dejavu-sans/files/dejavu-sans-latin-${weight}-normal.woff`)).toString('base64')}`,
  );
const fonts = { regular: font(400), bold: font(700) };
const pngSize = (png: Uint8Array) => {
  const view = new DataView(png.buffer, png.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
};

describe('share card', () => {
  test('draws the text as outlines and renders a 1200×630 PNG', () => {
    const svg = cardSvg(fonts, {
      title: 'Coopérations',
      subtitle: 'centre de ressources',
      tagline: 'Coopérer contre l’isolement social des personnes âgées',
    });
    expect(svg).not.toContain('<text');
    expect(svg.match(/<path fill="#fff" d="M/g)?.length).toBeGreaterThanOrEqual(3);
    const png = svgToPng(svg);
    expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    expect(pngSize(png)).toEqual({ width: CARD.width, height: CARD.height });
  });

  test('wraps a long line on words within the width', () => {
    const lines = wrap(fonts.regular, 'Coopérer contre l’isolement social des personnes âgées, partout en France et au-delà', 40, 600);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(l.length).toBeLessThan(40);
  });
});

describe('pngToIco', () => {
  test('wraps a PNG in an icon file header and directory', () => {
    const png = svgToPng(
      '<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32"><rect width="32" height="32" fill="#1d4f91"/></svg>',
      32,
    );
    const ico = pngToIco(png, 32);
    const view = new DataView(ico.buffer);
    expect([view.getUint16(0, true), view.getUint16(2, true), view.getUint16(4, true)]).toEqual([0, 1, 1]);
    expect([ico[6], ico[7], view.getUint32(14, true), view.getUint32(18, true)]).toEqual([32, 32, png.length, 22]);
    expect(Buffer.from(ico.slice(22)).equals(Buffer.from(png))).toBe(true);
  });
});
