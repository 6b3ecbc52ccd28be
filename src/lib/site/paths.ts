// Internal addresses of the site, under the base path it is published at (BASE_PATH: « / » by
// default, « /centre-de-ressources/ » for a GitHub Pages project site). Every link, asset and data
// URL written by a page, a feed or an export goes through withBase, never a bare « /… ».
const BASE = normaliseBase(import.meta.env?.BASE_URL ?? process.env.BASE_PATH ?? '/');

function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** A root-relative path (« /cooperations/ ») under the site's base path. */
export function withBase(path: string): string {
  return BASE + path.replace(/^\/+/, '');
}
