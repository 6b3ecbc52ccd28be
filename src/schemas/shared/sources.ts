// Who and what a record stands on: its sources, the people it names, the publics it serves.
import { z } from 'astro/zod';
import { httpUrl } from './contact.ts';
import { enumOf, help, type Labels } from './help.ts';
import { slug, texte } from './text.ts';

export const source = z.strictObject({
  titre: help(texte, { titre: 'Titre de la source', aide: 'Ce que l’on trouve à cette adresse.', exemple: 'Page des coopérations territoriales MONALISA' }),
  url: help(httpUrl.optional(), { titre: 'Adresse de la source', aide: 'Adresse web de la source, si elle est en ligne.', exemple: 'https://www.monalisa-asso.fr/' }),
});

export const PUBLICS = {
  personnes_agees: 'Personnes âgées',
  habitants: 'Habitants',
  benevoles: 'Bénévoles',
  professionnels: 'Professionnels',
  elus: 'Élus',
  jeunes: 'Jeunes',
  aidants: 'Aidants',
} as const satisfies Labels;

export const publics = help(z.array(enumOf(PUBLICS)).default([]), {
  titre: 'Publics',
  aide: 'À qui s’adresse la ressource (plusieurs choix possibles).',
  exemple: ['benevoles', 'professionnels'],
});

export const personne = z.strictObject({
  nom: help(texte, { titre: 'Nom', aide: 'Prénom et nom, tels que la personne accepte qu’ils soient publiés.', exemple: 'Maryvonne Le Roux' }),
  role: help(texte.optional(), { titre: 'Rôle', aide: 'Sa fonction dans la coopération ou la structure.', exemple: 'co-animatrice' }),
  structure: help(slug.optional(), { titre: 'Structure', aide: 'La structure où elle agit, si elle a sa fiche dans l’annuaire des acteurs.', exemple: 'association-de-kergus' }),
});
