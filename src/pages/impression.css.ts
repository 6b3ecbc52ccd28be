// /impression.css: the part of the print stylesheet that needs the site's public address, so
// that a printed page gives every internal link as a full address (« (https://…/acteurs/x/) »)
// rather than « (/acteurs/x/) », which means nothing on paper. Loaded with media="print".
import type { APIRoute } from 'astro';
import { SITE } from '../site-config.ts';

/** Internal hrefs start with « / » (and the base path, if any): only the site's origin goes in front. */
export function printStylesheet(siteUrl: string): string {
  const origin = JSON.stringify(new URL(siteUrl).origin);
  return `@media print {\n  main a[href^="/"]::after { content: " (" ${origin} attr(href) ")"; font-size: 0.85em; }\n}\n`;
}

export const GET: APIRoute = () => new Response(printStylesheet(SITE.url), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
