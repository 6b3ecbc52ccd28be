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
