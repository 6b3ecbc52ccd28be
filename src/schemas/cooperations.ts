// A cooperation: actors of a territory who work together against isolation.
import { z } from 'astro/zod';
import { commonFields } from './shared/common.ts';
import { contactStructure } from './shared/contact.ts';
import { checkDates } from './shared/dates.ts';
import { lieuCommune } from './shared/geography.ts';
import { enumOf, help, type Labels, type SchemaContext } from './shared/help.ts';
import { personne } from './shared/sources.ts';
import { slugList, texte } from './shared/text.ts';

export const ECHELLES = { departementale: 'Départementale', locale: 'Locale', regionale: 'Régionale', inter_structures: 'Entre structures' } as const satisfies Labels;
export const STATUTS_COOPERATION = { amorcee: 'Amorcée', en_structuration: 'En structuration', lancee: 'Lancée', en_veille: 'En veille' } as const satisfies Labels;

export { lieuCommune };

export function cooperationSchema(ctx: SchemaContext) {
  return z
    .strictObject({
      ...commonFields(ctx),
      echelle: help(enumOf(ECHELLES), {
        titre: 'Échelle',
        aide: 'Le territoire sur lequel la coopération travaille.',
        exemple: 'departementale',
      }),
      statut: help(enumOf(STATUTS_COOPERATION), {
        titre: 'Statut',
        aide: 'Où en est la coopération aujourd’hui.',
        exemple: 'lancee',
      }),
      lancement: help(
        z.preprocess(
          (v) => (typeof v === 'number' ? String(v) : v),
          z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, { error: 'écrivez l’année ("2015") ou l’année et le mois ("2015-06")' }),
        ).optional(),
        { titre: 'Lancement', aide: 'L’année du lancement (2015), ou l’année et le mois (2015-06).', exemple: '2015-06' },
      ),
      porteurs: slugList('Porteurs', 'association-de-kergus'),
      membres: slugList('Membres', 'office-des-retraites-briochins'),
      animateurs: help(z.array(personne).default([]), {
        titre: 'Animateurs',
        aide: 'Les personnes qui animent la coopération : nom, rôle et structure.',
        exemple: [{ nom: 'Maryvonne Le Roux', role: 'co-animatrice', structure: 'association-de-kergus' }],
      }),
      lieu: help(lieuCommune.optional(), {
        titre: 'Lieu',
        aide: 'Pour une coopération locale : la commune où elle se trouve.',
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

