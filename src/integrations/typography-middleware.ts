// French typography on every HTML page while Astro renders it (build and dev alike), then the
// page goes to the build's listeners (search index): one pass over each page in memory, where a
// second pass after the build read and rewrote every file of dist/.
import { defineMiddleware } from 'astro:middleware';
import { frenchTypography } from '../lib/display/typography.ts';
import { pageRendered, registry } from './rendered-pages.ts';

/**
 * `npm run profile -- --heap`: the memory still in use every 1,000 pages, after a full garbage
 * collection (Node started with --expose-gc), so that what the build keeps per page shows as a
 * slope (it was 35 KB a page, the sitemap holding each page's HTML, until the 50,000-record build
 * ran out of heap).
 */
function logHeap(pages: number): void {
  (globalThis as { gc?: () => void }).gc?.();
  const { heapUsed, rss } = process.memoryUsage();
  console.log(`mémoire après ${pages} pages : tas ${Math.round(heapUsed / 1e6)} Mo, résidente ${Math.round(rss / 1e6)} Mo`);
}

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
  if (process.env.BUILD_HEAP_LOG && stats.pages % 1000 === 0) logHeap(stats.pages);
  return new Response(out, { status: response.status, statusText: response.statusText, headers: response.headers });
});
