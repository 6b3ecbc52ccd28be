// A testimony: coordinators and volunteers tell how they work.
import { z } from 'astro/zod';
import { commonFields } from './shared/common.ts';
import { httpUrl } from './shared/contact.ts';
import { checkDates, jour } from './shared/dates.ts';
import { enumOf, help, type Labels, type SchemaContext } from './shared/help.ts';
import { personne } from './shared/sources.ts';
import { slug } from './shared/text.ts';

export const FORMATS = { ecrit: 'Écrit', audio: 'Audio', video: 'Vidéo' } as const satisfies Labels;

export function temoignageSchema(ctx: SchemaContext) {
  return z
    .strictObject({
      ...commonFields(ctx),
      personnes: help(z.array(personne).min(1, { error: 'indiquez au moins une personne' }), {
        titre: 'Personnes',
        aide: 'Qui témoigne : nom, rôle et structure.',
        exemple: [{ nom: 'Virginie Le Sage', role: 'co-animatrice', structure: 'office-des-retraites-briochins' }],
      }),
      cooperation: help(slug.optional(), { titre: 'Coopération', aide: 'La coopération dont parle le témoignage.', exemple: 'monalisa-22' }),
      date: help(jour.optional(), { titre: 'Date du témoignage', aide: 'Quand il a été recueilli, si on le sait.', exemple: '2016-11-24' }),
      format: help(enumOf(FORMATS), { titre: 'Format', aide: 'Un texte écrit, un enregistrement audio ou une vidéo.', exemple: 'ecrit' }),
      media: help(
        z
          .strictObject({
            url: help(httpUrl, { titre: 'Adresse du média', aide: 'Adresse du fichier audio ou de la vidéo.', exemple: 'https://www.exemple.fr/temoignage.mp3' }),
            duree: help(
              z.string().regex(/^(?=.*\d)(\d+ ?h)? ?(\d+ ?min)? ?(\d+ ?s)?$/, { error: 'écrivez la durée comme « 12 min », « 1 h 05 min » ou « 45 s »' }).optional(),
              { titre: 'Durée', aide: 'Durée de l’enregistrement.', exemple: '12 min' },
            ),
          })
          .optional(),
        { titre: 'Média', aide: 'Pour un témoignage audio ou vidéo : adresse et durée. Le texte de la fiche en est alors la transcription.' },
      ),
      consentement_publication: help(
        z.literal(true, { error: 'écrivez consentement_publication: true, seulement si les personnes nommées ont accepté la publication' }),
        { titre: 'Consentement', aide: 'Cochez pour confirmer que les personnes nommées ont accepté que leur témoignage soit publié.', exemple: true },
      ),
    })
    .superRefine(checkDates)
    .superRefine((value, ctx) => {
      if (value.format !== 'ecrit' && !value.media) {
        ctx.addIssue({ code: 'custom', path: ['media'], message: 'un témoignage audio ou vidéo doit indiquer son média (url et durée)' });
      }
    });
}

