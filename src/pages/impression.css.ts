// /impression.css: the part of the print stylesheet that needs the site's public address, so
// that a printed page gives every internal link as a full address (« (https://…/acteurs/x/) »)
// rather than « (/acteurs/x/) », which means nothing on paper. Loaded with media="print".
import type { APIRoute } from 'astro';
import { SITE } from '../site-config.ts';

/** The site's address as a CSS string, without a trailing slash (internal hrefs start with one). */
export function printStylesheet(siteUrl: string): string {
  const origin = JSON.stringify(siteUrl.replace(/\/+$/, ''));
  return `@media print {\n  main a[href^="/"]::after { content: " (" ${origin} attr(href) ")"; font-size: 0.85em; }\n}\n`;
}

export const GET: APIRoute = () => new Response(printStylesheet(SITE.url), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
