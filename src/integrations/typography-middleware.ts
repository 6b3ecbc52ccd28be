// French typography on every HTML page while Astro renders it (build and dev alike), then the
// page goes to the build's listeners (search index): one pass over each page in memory, where a
// second pass after the build read and rewrote every file of dist/.
import { defineMiddleware } from 'astro:middleware';
import { frenchTypography } from '../lib/display/typography.ts';
import { pageRendered, registry } from './rendered-pages.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) return response;
  const started = performance.now();
  const html = await response.text();
  const out = frenchTypography(html);
  const stats = registry().typography;
  stats.pages++;
  if (out !== html) stats.changed++;
  stats.ms += performance.now() - started;
  pageRendered(context.url.pathname, out);
  return new Response(out, { status: response.status, statusText: response.statusText, headers: response.headers });
});
