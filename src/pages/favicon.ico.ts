// /favicon.ico: the site's icon (public/favicon.svg) for the clients that ask for this address
// without reading the page's <link rel="icon"> (feed readers, embeds, old browsers).
import type { APIRoute } from 'astro';
import svg from '../../public/favicon.svg?raw';
import { pngToIco, svgToPng } from '../lib/feeds/share-card.ts';

export const GET: APIRoute = () => new Response(pngToIco(svgToPng(svg, 32), 32), { headers: { 'Content-Type': 'image/x-icon' } });
