// Every internal address of the site goes through withBase(), so that the site works at the root
// of a domain and under a sub-path (a GitHub Pages project: https://org.github.io/projet/).
// The base comes from Astro (import.meta.env.BASE_URL, set from BASE_PATH in astro.config.mjs),
// which Vite writes into pages and browser scripts alike; plain Node (scripts) reads BASE_PATH.

/** `centre-de-ressources`, `/centre-de-ressources`, `/centre-de-ressources/` → `/centre-de-ressources/`; empty → `/`. */
export function normaliseBase(base: string | undefined): string {
  const inner = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  return inner === '' ? '/' : `/${inner}/`;
}

const viteEnv: { BASE_URL?: string } | undefined = import.meta.env;
/** The site's base path, with a slash at each end: `/` or `/centre-de-ressources/`. */
export const BASE = normaliseBase(viteEnv === undefined ? globalThis.process?.env.BASE_PATH : viteEnv.BASE_URL);

/** A site path (`/acteurs/x/`) as the browser must request it (`/centre-de-ressources/acteurs/x/`). */
export function withBase(path: string, base: string = BASE): string {
  if (!path.startsWith('/')) throw new Error(`withBase attend un chemin qui commence par « / » : ${path}`);
  return `${base}${path.slice(1)}`;
}

/** The reverse, for code that reads the browser's location: `/centre-de-ressources/carte/` → `/carte/`. */
export function withoutBase(pathname: string, base: string = BASE): string {
  return pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
}

/**
 * The file a page is written to in the built site, from its address as Astro renders it
 * (`/b/acteurs/x/` → `acteurs/x/index.html`, `/b/404/` → `404.html`), `base` as in withBase.
 */
export function pageFile(pathname: string, base: string = BASE): string {
  const decoded = decodeURIComponent(pathname);
  const page = decoded.startsWith(base) ? decoded.slice(base.length) : decoded.replace(/^\//, '');
  // Astro writes its error pages as 404.html and 500.html, whatever the address's slash.
  if (/^(404|500)\/?$/.test(page)) return `${page.replace('/', '')}.html`;
  if (page === '' || page.endsWith('/')) return `${page}index.html`;
  return page.endsWith('.html') ? page : `${page}.html`;
}

/** The reverse of pageFile: the address of a page of the built site from its file. */
export function pageAddress(file: string, base: string = BASE): string {
  const page = file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file.replace(/\.html$/, '');
  return encodeURI(`${base}${page}`);
}
