// Settings a maintainer sets once. Environment variables override them at build time.

export const SITE = {
  nom: 'Coopérations — centre de ressources',
  nomCourt: 'Coopérations',
  description:
    'Le centre de ressources des coopérations contre l’isolement social des personnes âgées : qui fait quoi, où, comment d’autres ont commencé, et les prochaines journées.',
  /** Public address of the site, for canonical links, feeds and the sitemap. */
  url: process.env.SITE_URL ?? 'http://localhost:4321',
  /** Public repository that holds the content: « Modifier cette fiche » and the form point there. */
  depot: process.env.REPO_URL ?? 'https://github.com/cooperations-isolement/centre-de-ressources',
  branche: process.env.REPO_BRANCH ?? 'main',
  /**
   * Address that receives proposals by e-mail and questions (/contact/, the form's « Envoyer par
   * courriel »). Empty until the team has one: the site then says so instead of inventing one.
   */
  contact: process.env.CONTACT_EMAIL?.trim() ?? '',
  /** Time zone for dates, times and the upcoming/past split. */
  fuseau: 'Europe/Paris',
} as const;

/**
 * The interactive map's basemap (/carte/). Off by default: the map then draws only the site's own
 * data and requests nothing from another host. CARTE_FOND=ign switches on IGN's « Plan IGN v2 »
 * (public, no key), with its attribution; astro.config.mjs then allows its host in the CSP.
 */
export const CARTE_FOND =
  process.env.CARTE_FOND === 'ign'
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
