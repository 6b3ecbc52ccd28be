// The small data files: themes and dated key figures.
import { z } from 'astro/zod';
import { httpUrl } from './shared/contact.ts';
import { enumOf, help, valuesOf, type Labels } from './shared/help.ts';
import { slug, texte } from './shared/text.ts';

export const themeSchema = z.strictObject({
  id: help(slug, { titre: 'Identifiant', aide: 'En minuscules et tirets ; c’est ce que les fiches écrivent dans « themes ».', exemple: 'isolement-social' }),
  titre: help(texte, { titre: 'Titre', aide: 'Le nom du thème affiché sur le site.', exemple: 'Isolement social' }),
  description: help(texte, { titre: 'Description', aide: 'Une phrase qui dit ce que le thème couvre.', exemple: 'Comprendre et repérer l’isolement.' }),
});
export const themesFileSchema = z.array(themeSchema).min(1);
export type Theme = z.output<typeof themeSchema>;

export const INDICATEURS = {
  cooperations_lancees: 'Coopérations lancées',
  departements_engages: 'Départements qui amorcent la démarche',
  signataires_charte: 'Signataires de la charte nationale',
  equipes_citoyennes: 'Équipes citoyennes',
} as const satisfies Labels;

export const chiffreSchema = z.strictObject({
  date: help(
    z.preprocess(
      (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
      z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-\d{2})?$/, { error: 'écrivez le mois ("2016-10") ou le jour ("2016-11-25")' }),
    ),
    { titre: 'Date', aide: 'Le mois (AAAA-MM) ou le jour (AAAA-MM-JJ) où le chiffre a été relevé.', exemple: '2016-10' },
  ),
  indicateur: help(enumOf(INDICATEURS), { titre: 'Indicateur', aide: `${valuesOf(INDICATEURS).join(', ')}.`, exemple: 'cooperations_lancees' }),
  valeur: help(z.number().int().nonnegative(), { titre: 'Valeur', aide: 'Le nombre, sans espace.', exemple: 33 }),
  approximatif: help(z.boolean().default(false), { titre: 'Approximatif', aide: 'Quand la source dit « près de », « environ ».', exemple: false }),
  source: help(texte, { titre: 'Source', aide: 'D’où vient le chiffre.', exemple: 'Rendez-vous des coopérations, séance plénière du 25 novembre 2016' }),
  url: help(httpUrl.optional(), { titre: 'Adresse de la source', aide: 'Adresse web de la source, si elle est en ligne.' }),
  fiche: help(slug.optional(), { titre: 'Fiche liée', aide: 'L’événement ou la fiche d’où vient le chiffre.', exemple: 'rendez-vous-des-cooperations-2016' }),
});
export const chiffresFileSchema = z.array(chiffreSchema);
export type Chiffre = z.output<typeof chiffreSchema>;
