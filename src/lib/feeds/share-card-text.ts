// What the share card (og:image) says, and its text alternative (og:image:alt): kept apart
// from the drawing code so that every page can read them without loading the renderer.
import { SITE } from '../../site-config.ts';

export const SHARE_CARD = {
  path: '/og-image.png',
  width: 1200,
  height: 630,
  title: SITE.nomCourt,
  subtitle: 'centre de ressources',
  tagline: 'Coopérer contre l’isolement social des personnes âgées\u00a0: qui fait quoi, où, et comment commencer.',
} as const;

export const SHARE_CARD_ALT = `${SITE.nom}\u00a0: coopérer contre l’isolement social des personnes âgées.`;
