// A cooperation: actors of a territory who work together against isolation.
import { z } from 'astro/zod';
import { checkDates, codeInsee, commonFields, coordonnees, emailDeStructure, enumOf, help, httpUrl, personne, slug, slugList, texte, valuesOf, type Labels, type SchemaContext } from './shared.ts';

export const ECHELLES = { departementale: 'Départementale', locale: 'Locale', regionale: 'Régionale', inter_structures: 'Entre structures' } as const satisfies Labels;
export const STATUTS_COOPERATION = { amorcee: 'Amorcée', en_structuration: 'En structuration', lancee: 'Lancée', en_veille: 'En veille' } as const satisfies Labels;

export const lieuCommune = z.strictObject({
  commune: help(texte, { titre: 'Commune', aide: 'Nom de la commune.', exemple: 'Saint-Brieuc' }),
  code_insee: codeInsee('22278'),
  coordonnees: coordonnees.optional(),
});

export function cooperationSchema(ctx: SchemaContext) {
  return z
    .strictObject({
      ...commonFields(ctx),
      echelle: help(enumOf(ECHELLES), {
        titre: 'Échelle',
        aide: `À quelle échelle la coopération travaille : ${valuesOf(ECHELLES).join(', ')}.`,
        exemple: 'departementale',
      }),
      statut: help(enumOf(STATUTS_COOPERATION), {
        titre: 'Statut',
        aide: `Où en est la coopération : ${valuesOf(STATUTS_COOPERATION).join(', ')}.`,
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
      contact: help(
        z
          .strictObject({
            email: help(emailDeStructure.optional(), { titre: 'Adresse électronique', aide: 'Une adresse de fonction, jamais personnelle.', exemple: 'contact@exemple.fr' }),
            site: help(httpUrl.optional(), { titre: 'Site web', aide: 'Adresse du site de la coopération.', exemple: 'https://www.exemple.fr/' }),
          })
          .optional(),
        { titre: 'Contact', aide: 'Comment joindre la coopération : adresse de fonction et site.' },
      ),
    })
    .superRefine(checkDates);
}

export type CooperationSchema = ReturnType<typeof cooperationSchema>;
export type Cooperation = z.output<CooperationSchema>;
export { slug };
