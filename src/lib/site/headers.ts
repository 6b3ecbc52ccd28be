// The HTTP headers the site needs from its server, described once and written two ways:
// deploy/site.conf for nginx (`npm run deploy:nginx`, checked by a test) and dist/_headers for
// Cloudflare Pages, written by each build.
import { headerPolicy } from './csp.ts';

export interface HeaderRule {
  /** What the rule covers, for a comment in both files. */
  about: string;
  /** The nginx location (modifier and pattern) for a site at the root of its domain. */
  location: string;
  /** The same paths as `_headers` patterns, without the base path. */
  patterns: string[];
  /** Every header of these paths: nginx drops a server's add_header in a location that has its own. */
  headers: Record<string, string>;
}

const YEAR = 365 * 24 * 3600;

export function headerRules(options: { basemapOrigins?: readonly string[]; connectOrigins?: readonly string[] } = {}): HeaderRule[] {
  const common = (embeddable: boolean, cache: string, wasm = false): Record<string, string> => ({
    'Content-Security-Policy': headerPolicy({ ...options, embeddable, wasm }),
    'Strict-Transport-Security': `max-age=${YEAR}`,
    'X-Content-Type-Options': 'nosniff',
    // Other sites learn nothing of what a reader was looking at here.
    'Referrer-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
    'Cache-Control': cache,
  });
  // Pages, feeds and data change with each publication: the browser asks again each time (a
  // cheap 304 when nothing changed).
  const fresh = 'no-cache';
  // Astro's and Pagefind's files have a hash of their content in their name.
  const immutable = `public, max-age=${YEAR}, immutable`;
  return [
    { about: 'Pages, flux et données', location: '/', patterns: ['/*'], headers: common(false, fresh) },
    {
      about: 'Pages à intégrer sur d’autres sites (/integrer/<territoire>/) : tout site peut les afficher dans un cadre',
      location: '~ ^/integrer/[^/]+/(index\\.html)?$',
      patterns: ['/integrer/:territoire/'],
      headers: common(true, fresh),
    },
    {
      about: 'La page de recherche, dont le moteur (Pagefind) compile du WebAssembly',
      location: '~ ^/recherche/(index\\.html)?$',
      patterns: ['/recherche/'],
      headers: common(false, fresh, true),
    },
    {
      // A worker follows the policy sent with its own script, not the page's.
      about: 'Le programme de recherche, qui compile son WebAssembly dans un « worker »',
      location: '= /pagefind/pagefind-worker.js',
      patterns: ['/pagefind/pagefind-worker.js'],
      headers: common(false, fresh, true),
    },
    {
      about: 'Scripts et styles d’Astro, nommés d’après leur contenu',
      location: '^~ /_astro/',
      patterns: ['/_astro/*'],
      headers: common(false, immutable),
    },
    {
      about: 'Morceaux de l’index de recherche, nommés d’après leur contenu',
      location: '~ ^/pagefind/(fragment|index|filter)/',
      patterns: ['/pagefind/fragment/*', '/pagefind/index/*', '/pagefind/filter/*'],
      headers: common(false, immutable),
    },
  ];
}

const GENERATED = 'Écrit par `npm run deploy:nginx` depuis src/lib/site/headers.ts : modifiez ce fichier-là, pas celui-ci.';

/**
 * dist/_headers. A path that two rules match gets both values of a header, joined: the embed
 * rule first detaches the general policy (`! Content-Security-Policy`, Cloudflare Pages' syntax).
 */
export function headersFile(rules: readonly HeaderRule[], base = '/'): string {
  const lines = [
    '# En-têtes HTTP pour Cloudflare Pages (syntaxe « ! » pour retirer un en-tête).',
    '# Écrit par chaque construction depuis src/lib/site/headers.ts.',
    '',
  ];
  const [general, ...specific] = rules;
  if (!general) return '';
  for (const pattern of general.patterns) {
    lines.push(`${base}${pattern.slice(1)}`, ...Object.entries(general.headers).map(([k, v]) => `  ${k}: ${v}`));
  }
  for (const rule of specific) {
    lines.push('', `# ${rule.about}`);
    const changed = Object.entries(rule.headers).filter(([k, v]) => general.headers[k] !== v);
    for (const pattern of rule.patterns) {
      lines.push(`${base}${pattern.slice(1)}`, ...changed.flatMap(([k, v]) => [`  ! ${k}`, `  ${k}: ${v}`]));
    }
  }
  return `${lines.join('\n')}\n`;
}

const quote = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** deploy/site.conf: directives for the inside of a `server { … }` block (deploy/nginx.conf). */
export function nginxSiteConf(rules: readonly HeaderRule[]): string {
  const out = [
    `# ${GENERATED}`,
    '# À inclure dans un bloc server { … } dont la racine (root) est le dossier dist/ du site construit.',
    '',
    '# Un dossier sert son index.html ; /carte est redirigé vers /carte/, par une redirection',
    '# relative, juste aussi derrière un mandataire.',
    'index index.html;',
    'absolute_redirect off;',
    '# La page 404 du site, avec le statut 404.',
    'error_page 404 /404.html;',
    '',
    '# Types des fichiers du site : ceux de Debian, plus les modules JavaScript (le programme de la',
    '# carte : refusé sous un autre type, avec nosniff), les agendas et les données géographiques.',
    'include /etc/nginx/mime.types;',
    'types {',
    '    application/javascript mjs;',
    '    text/calendar ics;',
    '    application/geo+json geojson;',
    '    application/wasm wasm;',
    '    text/csv csv;',
    '}',
    'charset utf-8;',
    'charset_types text/css text/plain text/xml text/calendar text/csv application/javascript application/json application/geo+json application/rss+xml;',
    '',
    '# Compression des fichiers texte (les morceaux de l’index de recherche sont déjà compressés).',
    'gzip on;',
    'gzip_vary on;',
    'gzip_comp_level 6;',
    'gzip_min_length 256;',
    'gzip_types text/css text/javascript application/javascript application/json application/geo+json application/xml application/rss+xml image/svg+xml text/calendar text/csv text/plain application/wasm;',
    '',
    '# Chaque bloc location répète tous les en-têtes : nginx oublie ceux du niveau au-dessus dès',
    '# qu’un bloc en ajoute un. « always » les envoie aussi avec la page 404.',
  ];
  for (const rule of rules) {
    out.push('', `# ${rule.about}`, `location ${rule.location} {`);
    for (const [name, value] of Object.entries(rule.headers)) out.push(`    add_header ${name} ${quote(value)} always;`);
    out.push('}');
  }
  return `${out.join('\n')}\n`;
}
