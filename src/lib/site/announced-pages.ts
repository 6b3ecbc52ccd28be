// Pages announced by their route's getStaticPaths with their incremental-build key, before any is
// rendered: the search index (src/integrations/search-index.ts) indexes ahead, from its own cache,
// the pages whose key did not change, while Astro renders the others. getStaticPaths runs in the
// bundle, apart from astro.config.mjs but in the same process: the listeners live on globalThis
// under a registered symbol, as the rendered pages' do.

/**
 * Address of the page (base path included), its key (src/lib/site/page-key.ts), and the records
 * it shows (sourceName() of src/lib/content/sources.ts): the search index guesses from those,
 * in the next build, which pages are unchanged before any is announced.
 */
export type AnnounceListener = (pathname: string, key: string, sources: readonly string[]) => void;

const KEY = Symbol.for('cooperations.announced-pages');

function listeners(): Set<AnnounceListener> {
  const g = globalThis as { [KEY]?: Set<AnnounceListener> };
  g[KEY] ??= new Set();
  return g[KEY];
}

/** Calls `listener` with every page announced from now on; returns what stops it. */
export function onPageAnnounced(listener: AnnounceListener): () => void {
  listeners().add(listener);
  return () => listeners().delete(listener);
}

/** Tells the build's listeners, if any (none outside `astro build`), that this page will be built with this key. */
export function announcePage(pathname: string, key: string, sources: readonly string[] = []): void {
  for (const listener of listeners()) listener(pathname, key, sources);
}
