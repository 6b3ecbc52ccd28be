// A cooperation: actors of a territory who work together against isolation.
import { z } from 'astro/zod';
import { checkDates, commonFields, contactStructure, help, lieuCommune, personne, slug, slugList, texte, type SchemaContext } from './shared.ts';

export const ECHELLES = ['departementale', 'locale', 'regionale', 'inter_structures'] as const;
export const STATUTS_COOPERATION = ['amorcee', 'en_structuration', 'lancee', 'en_veille'] as const;

export { lieuCommune };

export function cooperationSchema(ctx: SchemaContext) {
  return z
    .strictObject({
      ...commonFields(ctx),
      echelle: help(z.enum(ECHELLES), {
        titre: 'Échelle',
        aide: `À quelle échelle la coopération travaille : ${ECHELLES.join(', ')}.`,
        exemple: 'departementale',
      }),
      statut: help(z.enum(STATUTS_COOPERATION), {
        titre: 'Statut',
        aide: `Où en est la coopération : ${STATUTS_COOPERATION.join(', ')}.`,
        exemple: 'lancee',
      }),
      lancement: help(
        z.preprocess(
          (v) => (typeof v === 'number' ? String(v) : v),
          z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, { error: 'écrivez l’année ("2015") ou l’année et le mois ("2015-06")' }),
        ).optional(),
        { titre: 'Lancement', aide: 'Année, ou année et mois, du lancement.', exemple: '2015-06' },
      ),
      porteurs: slugList('Porteurs', 'association-de-kergus'),
      membres: slugList('Membres', 'office-des-retraites-briochins'),
      animateurs: help(z.array(personne).default([]), {
        titre: 'Animateurs',
        aide: 'Les personnes qui animent la coopération : nom, rôle et identifiant de leur structure.',
        exemple: [{ nom: 'Maryvonne Le Roux', role: 'co-animatrice', structure: 'association-de-kergus' }],
      }),
      lieu: help(lieuCommune.optional(), {
        titre: 'Lieu',
        aide: 'Pour une coopération locale : la commune, son code INSEE et ses coordonnées.',
        exemple: { commune: 'Saint-Brieuc', code_insee: '22278', coordonnees: [-2.7603, 48.5141] },
      }),
      objectifs: help(z.array(texte).default([]), {
        titre: 'Objectifs',
        aide: 'Ce que la coopération cherche à faire, une ligne par objectif.',
        exemple: ['Partager une compréhension commune de l’isolement social'],
      }),
      contact: contactStructure('la coopération'),
    })
    .superRefine(checkDates);
}

export type CooperationSchema = ReturnType<typeof cooperationSchema>;
export type Cooperation = z.output<CooperationSchema>;
export { slug };
