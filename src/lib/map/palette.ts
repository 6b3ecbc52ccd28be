// The colours of the maps (static SVG and interactive): a sequential palette, its legend
// steps for a range of counts, and the fixed colours around it. No dependency: the
// interactive map's chunk imports it.

export interface LegendStep {
  min: number;
  max: number;
  colour: string;
  label: string;
}

/** Fill for départements without content: light enough to read as "empty", not as a step. */
export const NO_CONTENT_COLOUR = '#eeeeee';
/** Sequential blues, evenly spaced in CIELAB lightness (L* 86 → 25) so that each step reads as "more". */
export const PALETTE = ['#c8d8f9', '#91b2ea', '#4e8bd7', '#0066be', '#00409b'] as const;
/** Highlight on mini-maps: 12.8:1 against the neutral fill. */
export const HIGHLIGHT_COLOUR = '#000091';
export const MARKER_COLOUR = '#ce0500';
export const TEXT_COLOUR = '#3a3a3a';

/**
 * Legend steps for counts up to `maxCount`: one step per value up to 5, otherwise five
 * bins growing geometrically (small counts matter most), each with its own colour.
 * The first item is always the "no content" one.
 */
export function legend(maxCount: number): LegendStep[] {
  const steps: LegendStep[] = [{ min: 0, max: 0, colour: NO_CONTENT_COLOUR, label: 'Aucun contenu' }];
  const max = Math.floor(maxCount);
  if (max < 1) return steps;
  const n = Math.min(PALETTE.length, max);
  const uppers: number[] = [];
  for (let i = 1; i <= n; i++) {
    const upper = n === max ? i : Math.round(max ** (i / n));
    uppers.push(Math.max(upper, (uppers[i - 2] ?? 0) + 1));
  }
  // Spread fewer steps across the palette so that 1 vs 2 is still a clear difference.
  const colours = n === 1 ? [PALETTE[PALETTE.length - 1]] : uppers.map((_, i) => PALETTE[Math.round((i * (PALETTE.length - 1)) / (n - 1))]);
  let min = 1;
  uppers.forEach((upper, i) => {
    steps.push({ min, max: upper, colour: colours[i] ?? NO_CONTENT_COLOUR, label: min === upper ? `${min}` : `${min} à ${upper}` });
    min = upper + 1;
  });
  return steps;
}

/** Fill for a count given legend steps; counts past the last step take its colour. */
export function colourFor(count: number, steps: readonly LegendStep[]): string {
  if (!(count >= 1)) return NO_CONTENT_COLOUR;
  const step = steps.find((s) => s.min > 0 && count <= s.max) ?? steps[steps.length - 1];
  return step?.colour ?? NO_CONTENT_COLOUR;
}
