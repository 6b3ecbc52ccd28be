// Every internal address of the site goes through withBase(), so that the site works at the root
// of a domain and under a sub-path (a GitHub Pages project: https://org.github.io/projet/).
// The base comes from Astro (import.meta.env.BASE_URL, set from BASE_PATH in astro.config.mjs),
// which Vite writes into pages and browser scripts alike; plain Node (scripts) reads BASE_PATH.

/** `centre-de-ressources`, `/centre-de-ressources`, `/centre-de-ressources/` → `/centre-de-ressources/`; empty → `/`. */
export function normaliseBase(base: string | undefined): string {
  const inner = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  return inner === '' ? '/' : `/${inner}/`;
}

/**
 * BASE_URL as Vite writes it into pages and browser scripts; undefined in plain Node, which has no
 * Vite environment object. Only ever read by its full name: where a module reads Vite's whole
 * environment object, Astro writes into it every environment variable whose name appears in the
 * module's text (here PATH, from BASE_PATH, which differs between `npm start` and `npm run build`),
 * and the incremental build then takes it for changed code and renders every page again.
 */
function viteBase(): string | undefined {
  try {
    return import.meta.env.BASE_URL;
  } catch {
    return undefined;
  }
}
/** The site's base path, with a slash at each end: `/` or `/centre-de-ressources/`. */
export const BASE = normaliseBase(viteBase() ?? globalThis.process?.env.BASE_PATH);

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
