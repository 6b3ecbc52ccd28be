import { describe, expect, test } from 'vitest';
import { colourFor, HIGHLIGHT_COLOUR, legend, NO_CONTENT_COLOUR, PALETTE, TEXT_COLOUR } from './palette.ts';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

describe('legend', () => {
  test('starts with the "no content" step', () => {
    expect(legend(0)).toEqual([{ min: 0, max: 0, colour: NO_CONTENT_COLOUR, label: 'Aucun contenu' }]);
  });

  test('gives one step per value for small counts, spread over the palette', () => {
    const steps = legend(2);
    expect(steps.slice(1)).toEqual([
      { min: 1, max: 1, colour: PALETTE[0], label: '1' },
      { min: 2, max: 2, colour: PALETTE[4], label: '2' },
    ]);
  });

  test('bins larger counts into five contiguous steps up to the maximum', () => {
    const steps = legend(40).slice(1);
    expect(steps).toHaveLength(5);
    expect(steps[0]?.min).toBe(1);
    expect(steps.at(-1)?.max).toBe(40);
    steps.slice(1).forEach((s, i) => expect(s.min).toBe((steps[i]?.max ?? 0) + 1));
    expect(steps.map((s) => s.colour)).toEqual([...PALETTE]);
    expect(steps[2]?.label).toMatch(/^\d+ à \d+$/);
  });
});

describe('colourFor', () => {
  const steps = legend(40);
  test('uses the neutral colour for zero and the step colour otherwise', () => {
    expect(colourFor(0, steps)).toBe(NO_CONTENT_COLOUR);
    expect(colourFor(1, steps)).toBe(PALETTE[0]);
    expect(colourFor(40, steps)).toBe(PALETTE[4]);
    expect(colourFor(400, steps)).toBe(PALETTE[4]);
  });
});

describe('colours', () => {
  test('get darker at every step', () => {
    const lum = [NO_CONTENT_COLOUR, ...PALETTE].map(luminance);
    lum.slice(1).forEach((l, i) => expect(l).toBeLessThan(lum[i] ?? 0));
  });

  test('keep the highlight, the darkest steps and the inset names readable (WCAG AA)', () => {
    expect(contrast(HIGHLIGHT_COLOUR, NO_CONTENT_COLOUR)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(PALETTE[4], '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(PALETTE[3], '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(TEXT_COLOUR, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
});
