// The picture that link previews show (og:image) and the favicon.ico, drawn at build time
// so that they follow the site's name and colours and need no other host. Text is turned
// into outlines with opentype.js (the font comes from an npm package, so every machine
// draws the same), then resvg renders the SVG to PNG.
import { Resvg } from '@resvg/resvg-js';
import opentype from 'opentype.js';

export const CARD = { width: 1200, height: 630 } as const;
const BLUE = '#1d4f91';

export interface CardText {
  /** Large, bold. */
  title: string;
  /** Below the title. */
  subtitle: string;
  /** A smaller line, wrapped on words. */
  tagline: string;
}

// opentype.js cannot apply some of DejaVu's ligature lookups; a card needs none.
const NO_LIGATURES: opentype.RenderOptions = { kerning: true, features: { liga: false, rlig: false } };

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Splits text into lines no wider than `max` pixels at this size. */
export function wrap(font: opentype.Font, text: string, size: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  // Only ordinary spaces break a line: a no-break space keeps « âgées : » together.
  for (const word of text.split(/ +/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && font.getAdvanceWidth(next, size, NO_LIGATURES) > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The card as SVG, text already in outlines (no font needed to render it). */
export function cardSvg(fonts: { regular: opentype.Font; bold: opentype.Font }, text: CardText): string {
  const x = 96;
  const path = (font: opentype.Font, s: string, y: number, size: number) => font.getPath(s, x, y, size, NO_LIGATURES).toPathData(2);
  const tagline = wrap(fonts.regular, text.tagline, 40, CARD.width - 2 * x).slice(0, 3);
  const paths = [
    path(fonts.bold, text.title, 300, 104),
    path(fonts.regular, text.subtitle, 380, 56),
    ...tagline.map((l, i) => path(fonts.regular, l, 480 + i * 56, 40)),
  ];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}">`,
    `<title>${escapeAttr(text.title)}</title>`,
    `<rect width="100%" height="100%" fill="${BLUE}"/>`,
    // The favicon's two linked rings.
    `<g fill="none" stroke="#fff" stroke-width="12"><circle cx="${x + 36}" cy="150" r="36"/><circle cx="${x + 84}" cy="150" r="36"/></g>`,
    `<rect x="0" y="${CARD.height - 24}" width="100%" height="24" fill="#fff" opacity="0.25"/>`,
    ...paths.map((d) => `<path fill="#fff" d="${d}"/>`),
    '</svg>',
  ].join('');
}

export function svgToPng(svg: string, width?: number): Uint8Array<ArrayBuffer> {
  const resvg = new Resvg(svg, { fitTo: width ? { mode: 'width', value: width } : { mode: 'original' }, font: { loadSystemFonts: false } });
  return new Uint8Array(resvg.render().asPng());
}

/** A font from a `data:` URL (how Vite inlines a file imported with `?inline`). */
export function fontFromDataUrl(url: string): opentype.Font {
  const bytes = Buffer.from(url.slice(url.indexOf(',') + 1), 'base64');
  return opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

/**
 * An .ico file holding one PNG image (allowed since Windows Vista, read by every browser).
 * Hand-written: the container is a 6-byte header and one 16-byte directory entry.
 */
export function pngToIco(png: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(22 + png.length);
  const view = new DataView(out.buffer);
  view.setUint16(2, 1, true); // type: icon
  view.setUint16(4, 1, true); // one image
  out[6] = size >= 256 ? 0 : size; // width (0 means 256)
  out[7] = size >= 256 ? 0 : size; // height
  view.setUint16(10, 1, true); // colour planes
  view.setUint16(12, 32, true); // bits per pixel
  view.setUint32(14, png.length, true);
  view.setUint32(18, 22, true); // offset of the image
  out.set(png, 22);
  return out;
}
