// The Content-Security-Policy, in one place: astro.config.mjs gives these directives to Astro,
// which writes them in each page's <meta> with the hashes of that page's own scripts and
// styles; src/lib/site/headers.ts sends them again as an HTTP header with what a <meta> cannot
// carry (frame-ancestors).
//
// Beyond Astro's script-src/style-src, 'self' everywhere: the browser itself refuses anything
// from another host, so the privacy promise holds even if a page or a dependency slips.

/** The fetch and document directives this site uses (a subset of what Astro accepts). */
export type Directive = `${'default-src' | 'object-src' | 'base-uri' | 'form-action' | 'img-src' | 'connect-src'} ${string}`;

/**
 * `basemapOrigins`: origins of the optional basemap (CARTE_FOND), which serve images and are
 * fetched; `connectOrigins`: other origins the pages may send requests to (the proposal relay,
 * RELAY_URL). None by default.
 */
export function cspDirectives(basemapOrigins: readonly string[] = [], connectOrigins: readonly string[] = []): Directive[] {
  const extra = basemapOrigins.length > 0 ? ` ${basemapOrigins.join(' ')}` : '';
  const connect = [...basemapOrigins, ...connectOrigins];
  return [
    "default-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // No worker-src: the map's worker is a file of this site (maplibre.setWorkerUrl), which
    // script-src 'self' already allows. maplibre-gl decodes images through blob:/data: URLs.
    `img-src 'self' data: blob:${extra}`,
    ...(connect.length > 0 ? [`connect-src 'self' ${connect.join(' ')}` as const] : []),
  ];
}

/**
 * script-src sources besides the hashes: 'self' (Astro's default, restated since setting resources
 * replaces it). Pagefind's 'wasm-unsafe-eval' is added by /recherche/ alone (WASM).
 */
export const SCRIPT_SOURCES = ["'self'"];

/** Pages that compile WebAssembly (Pagefind's search): their script-src adds 'wasm-unsafe-eval'. */
export const WASM = "'wasm-unsafe-eval'";

/**
 * The policy sent as a header. Each page's <meta> policy lists the hashes of that page's inline
 * scripts and styles, which change with every build and differ per page: a static server file
 * cannot know them. The browser enforces BOTH policies, so the header allows inline code
 * ('unsafe-inline') and the <meta> still lets only the hashed inline code run (a test checks that
 * every page has its <meta> policy). `embeddable`: pages other sites may show in a frame; `wasm`:
 * the search page.
 */
export function headerPolicy(options: {
  basemapOrigins?: readonly string[];
  connectOrigins?: readonly string[];
  embeddable: boolean;
  wasm?: boolean;
}): string {
  return [
    ...cspDirectives(options.basemapOrigins, options.connectOrigins),
    `script-src ${[...SCRIPT_SOURCES, ...(options.wasm ? [WASM] : [])].join(' ')} 'unsafe-inline'`,
    "style-src 'self' 'unsafe-inline'",
    `frame-ancestors ${options.embeddable ? '*' : "'self'"}`,
  ].join('; ');
}
