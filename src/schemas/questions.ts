// A question of the « Boîte à questions »: a reader asks it through the proposal form, like
// any record; a coordinator or the team answers it in the record's text. The descriptor
// (src/schemas/collections.ts, `publiee`) publishes it only once it has its answer.
import { z } from 'astro/zod';
import { checkDates, jour } from './shared/dates.ts';
import { commonFields } from './shared/common.ts';
import { help, type SchemaContext } from './shared/help.ts';
import { slug, texte } from './shared/text.ts';

export function questionSchema(ctx: SchemaContext) {
  return z
    .strictObject({
      ...commonFields(ctx),
      precisions: help(texte.max(2000).optional(), {
        titre: 'Votre question en détail',
        aide: 'Ce qui aide à vous répondre : votre situation, votre territoire, ce que vous avez déjà essayé. Le titre reste la question en une phrase.',
        exemple: 'Nous sommes quelques associations d’un même canton et voudrions travailler ensemble contre l’isolement : par où commencer ?',
      }),
      cooperation: help(slug.optional(), { titre: 'Coopération', aide: 'La coopération dont parle la question, si elle a sa fiche.', exemple: 'monalisa-22' }),
      reponse_de: help(texte.max(200).optional(), {
        titre: 'Réponse de',
        aide: 'Qui répond : une coordinatrice ou un coordinateur de coopération, ou l’équipe du centre de ressources. Laissez vide si vous posez la question.',
        exemple: 'L’équipe d’animation de la coopération MONALISA 22',
      }),
      repondu_le: help(jour.optional(), { titre: 'Répondu le', aide: 'Le jour de la réponse. Laissez vide si vous posez la question.', exemple: '2026-11-23' }),
    })
    .superRefine(checkDates);
}
