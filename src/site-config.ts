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
  /** Time zone for dates, times and the upcoming/past split. */
  fuseau: 'Europe/Paris',
} as const;
