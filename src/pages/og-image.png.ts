// /og-image.png: the picture link previews show for every page (og:image), drawn at build time.
import type { APIRoute } from 'astro';
// Inlined by Vite at build time, so the endpoint needs no file path once bundled.
import bold from '@fontsource/dejavu-sans/files/dejavu-sans-latin-700-normal.woff?inline';
import regular from '@fontsource/dejavu-sans/files/dejavu-sans-latin-400-normal.woff?inline';
import { cardSvg, fontFromDataUrl, svgToPng } from '../lib/feeds/share-card.ts';
import { SHARE_CARD } from '../lib/feeds/share-card-text.ts';

export const GET: APIRoute = () => {
  const png = svgToPng(cardSvg({ regular: fontFromDataUrl(regular), bold: fontFromDataUrl(bold) }, SHARE_CARD));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
