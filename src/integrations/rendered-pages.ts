// Pages as Astro renders them, handed to the build's integrations (search index, sitemap) from
// the middleware, instead of each integration reading every written page back from dist/ once
// the build is over. The middleware is bundled apart from astro.config.mjs but runs in the same
// process: the listeners live on globalThis under a registered symbol, as validated.ts does.

/** Address of the page (base path included, as requested) and its final HTML. */
export type PageListener = (pathname: string, html: string) => void;

interface Registry {
  listeners: Set<PageListener>;
  /** Time spent on French typography in the middleware, for the build's log. */
  typography: { pages: number; changed: number; ms: number };
}

const KEY = Symbol.for('cooperations.rendered-pages');

export function registry(): Registry {
  const g = globalThis as { [KEY]?: Registry };
  g[KEY] ??= { listeners: new Set(), typography: { pages: 0, changed: 0, ms: 0 } };
  return g[KEY];
}

/** Calls `listener` with every page rendered from now on; returns what stops it. */
export function onPageRendered(listener: PageListener): () => void {
  registry().listeners.add(listener);
  return () => registry().listeners.delete(listener);
}

export function pageRendered(pathname: string, html: string): void {
  for (const listener of registry().listeners) listener(pathname, html);
}
