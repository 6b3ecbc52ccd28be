// A practice: how a cooperation started, organised or evaluated something.
import { z } from 'astro/zod';
import { commonFields } from './shared/common.ts';
import { checkDates } from './shared/dates.ts';
import { enumOf, help, type Labels, type SchemaContext } from './shared/help.ts';
import { publics } from './shared/sources.ts';
import { slugList, texte } from './shared/text.ts';

export const ETAPES = { demarrer: 'Démarrer', structurer: 'Structurer', animer: 'Animer', evaluer: 'Évaluer' } as const satisfies Labels;

const action = z.strictObject({
  titre: help(texte, { titre: 'Action', aide: 'Ce qui est fait.', exemple: 'Des commandes groupées de matériel' }),
  exemples: help(z.array(texte).default([]), { titre: 'Exemples', aide: 'Exemples précis.', exemple: ['Fournitures scolaires'] }),
  nouvelle: help(z.boolean().default(false), { titre: 'Nouvelle action', aide: 'Cochez si l’action n’existait pas avant la coopération.', exemple: false }),
});

export const arbreObjectifs = z.strictObject({
  finalites: help(
    z
      .array(
        z.strictObject({
          pour: help(texte, { titre: 'Pour qui', aide: 'Pour qui cette finalité compte.', exemple: 'les habitants' }),
          texte: help(texte, { titre: 'Finalité', aide: 'Le but ultime.', exemple: 'Des actions qui répondent aux besoins sociaux' }),
        }),
      )
      .default([]),
    { titre: 'Finalités', aide: 'Les buts ultimes, pour qui.' },
  ),
  objectifs: help(
    z
      .array(
        z.strictObject({
          titre: help(texte, { titre: 'Objectif', aide: 'Un objectif opérationnel.', exemple: 'Mettre en commun des moyens' }),
          actions: help(z.array(action).default([]), { titre: 'Actions', aide: 'Les actions qui servent cet objectif.' }),
        }),
      )
      .default([]),
    { titre: 'Objectifs opérationnels', aide: 'Objectifs, chacun avec ses actions.' },
  ),
});

export function pratiqueSchema(ctx: SchemaContext) {
  return z
    .strictObject({
      ...commonFields(ctx),
      cooperations: slugList('Coopérations', 'monalisa-22'),
      acteurs: slugList('Acteurs', 'association-de-kergus'),
      publics,
      etape: help(enumOf(ETAPES), {
        titre: 'Étape',
        aide: 'À quelle étape de la vie d’une coopération la pratique aide.',
        exemple: 'structurer',
      }),
      moyens: help(
        z
          .strictObject({
            budget: help(texte.optional(), { titre: 'Budget', aide: 'Le budget nécessaire, en mots.', exemple: 'Aucun budget propre' }),
            humains: help(texte.optional(), { titre: 'Moyens humains', aide: 'Qui y consacre du temps.', exemple: 'Deux co-animatrices bénévoles' }),
            duree: help(texte.optional(), { titre: 'Durée', aide: 'Le temps qu’il faut.', exemple: 'Une année' }),
          })
          .optional(),
        { titre: 'Moyens', aide: 'Budget, moyens humains et durée, en mots.' },
      ),
      conditions_de_reussite: help(z.array(texte).default([]), {
        titre: 'Conditions de réussite',
        aide: 'Ce qui a fait marcher la pratique, une ligne par condition.',
        exemple: ['Du temps'],
      }),
      freins: help(z.array(texte).default([]), { titre: 'Freins', aide: 'Ce qui a gêné, une ligne par frein.', exemple: ['La concurrence entre structures'] }),
      arbre_objectifs: help(arbreObjectifs.optional(), {
        titre: 'Arbre des objectifs',
        aide: 'Finalités, objectifs opérationnels, actions et exemples.',
      }),
    })
    .superRefine(checkDates);
}

