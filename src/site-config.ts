// Publication settings, in one place. Each one is an environment variable read at build time
// (README, « Publier »). Left unset, the site builds and runs on a developer's machine with no
// configuration; a publication build (`npm run build:publication`) refuses the
// settings that would publish something false (src/lib/site/publication.ts).
import { normaliseBase } from './lib/site/paths.ts';

const env = (name: string): string => (process.env[name] ?? '').trim();

/** Stated in place of a missing setting on the pages that show it; a publication build refuses it. */
export const NON_RENSEIGNE = 'non renseigné';

export const SITE = {
  nom: 'Coopérations — centre de ressources',
  nomCourt: 'Coopérations',
  description:
    'Le centre de ressources des coopérations contre l’isolement social des personnes âgées : qui fait quoi, où, comment d’autres ont commencé, et les prochaines journées.',
  /** SITE_URL: public address of the site (https://…), for canonical links, feeds, the sitemap and exports. */
  url: env('SITE_URL') || 'http://localhost:4321',
  /** BASE_PATH: the sub-path the site lives under (`/centre-de-ressources/`), or `/` at a domain's root. */
  base: normaliseBase(env('BASE_PATH')),
  /** REPO_URL: public repository that holds the content: « Modifier cette fiche » and the form point there. */
  depot: env('REPO_URL') || 'https://github.com/cooperations-isolement/centre-de-ressources',
  /** REPO_BRANCH: the branch the site is built from. */
  branche: env('REPO_BRANCH') || 'main',
  /** CONTACT_EMAIL (see RESPONSABLES.contact): where proposals by e-mail and questions go (/contact/). */
  contact: env('CONTACT_EMAIL'),
  /** Time zone for dates, times and the upcoming/past split. */
  fuseau: 'Europe/Paris',
} as const;

/** Who answers for the site, for the legal notice (loi n° 2004-575, art. 6) and the accessibility statement. */
export const RESPONSABLES = {
  /** EDITEUR: the publisher: name of the association, its address, the director of publication. */
  editeur: env('EDITEUR'),
  /** HEBERGEUR: the host: company name, address and telephone number. */
  hebergeur: env('HEBERGEUR'),
  /** CONTACT_EMAIL: where readers write (errors, accessibility, personal data). */
  contact: env('CONTACT_EMAIL'),
} as const;

/**
 * RELAY_URL: address of the optional proposal relay (relay/), which lets the form send a proposal
 * without a GitHub account. Empty by default: the form then offers GitHub and a download.
 */
export const RELAY_URL = env('RELAY_URL');

/** The relay's origin, which the pages' Content-Security-Policy must let them reach (connect-src). */
export const RELAY_ORIGINS: string[] = URL.canParse(RELAY_URL) ? [new URL(RELAY_URL).origin] : [];

/**
 * The interactive map's basemap (/carte/). Off by default: the map then draws only the site's own
 * data and requests nothing from another host. CARTE_FOND=ign switches on IGN's « Plan IGN v2 »
 * (public, no key), with its attribution; astro.config.mjs then allows its host in the CSP.
 */
export const CARTE_FOND =
  env('CARTE_FOND') === 'ign'
    ? {
        tiles: [
          'https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2&STYLE=normal&TILEMATRIXSET=PM&FORMAT=image/png&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}',
        ],
        attribution: '<a href="https://www.ign.fr/">© IGN</a> – Plan IGN v2',
        maxzoom: 18,
        /** Origins the browser must be allowed to reach (CSP img-src and connect-src). */
        origines: ['https://data.geopf.fr'],
      }
    : null;
