// An event: practice day, meeting, training, plenary.
import { z } from 'astro/zod';
import { checkDates, codeInsee, codeText, commonFields, coordonnees, emailDeStructure, enumOf, help, httpUrl, jourTexte, momentAvecDecalage, publics, slug, slugList, texte, type Labels, type Moment, type SchemaContext } from './shared.ts';

export const TYPES_EVENEMENT = {
  journee_exploration: 'Journée d’exploration',
  rencontre: 'Rencontre',
  formation: 'Formation',
  seminaire: 'Séminaire',
  webinaire: 'Webinaire',
  pleniere: 'Séance plénière',
  autre: 'Événement',
} as const satisfies Labels;
export const STATUTS_EVENEMENT = { prevu: 'Prévu', complet: 'Complet', annule: 'Annulé', reporte: 'Reporté' } as const satisfies Labels;
export type StatutEvenement = keyof typeof STATUTS_EVENEMENT;

/**
 * A day (`2016-11-24`, an all-day event) or a date-time with its offset. Whether it
 * is a day is read from how it is written: the collections' loader hands the schema
 * the header as text (src/content.config.ts), so an evening ending at 01:00 in
 * Paris (00:00 UTC) stays a time. (Guessing a day from a Date at UTC midnight is
 * what used to refuse such evenings.)
 */
const moment = z.union([
  jourTexte.transform((day): Moment => ({ date: new Date(`${day}T00:00:00Z`), journee: true })),
  momentAvecDecalage.transform((date): Moment => ({ date, journee: false })),
]);

function momentField(titre: string, aide: string, exemple: string) {
  return help(moment, { titre, aide, exemple });
}

export const lieuEvenement = z.strictObject({
  nom: help(texte.optional(), { titre: 'Nom du lieu', aide: 'Salle, bâtiment.', exemple: 'Salle des fêtes' }),
  adresse: help(texte.optional(), { titre: 'Adresse', aide: 'Numéro et rue.', exemple: '1 place de la Mairie' }),
  commune: help(texte, { titre: 'Commune', aide: 'Nom de la commune.', exemple: 'Pélussin' }),
  code_insee: codeInsee('42168'),
  departement: help(
    z.preprocess(codeText, z.string()),
    { titre: 'Département', aide: 'Le numéro du département (42 pour la Loire) ; le formulaire le remplit quand vous choisissez la commune.', exemple: '42' },
  ),
  coordonnees: coordonnees.optional(),
});

export function evenementSchema(ctx: SchemaContext) {
  return z
    .strictObject({
      ...commonFields(ctx),
      type: help(enumOf(TYPES_EVENEMENT), { titre: 'Type d’événement', aide: 'La forme de l’événement.', exemple: 'journee_exploration' }),
      debut: momentField('Début', 'Date et heure de début avec le décalage horaire (2015-03-05T09:30:00+01:00), ou seulement la date pour une journée entière.', '2015-03-05T09:30:00+01:00'),
      fin: momentField('Fin', 'Date et heure de fin, après le début ; ou la date du dernier jour.', '2015-03-05T17:00:00+01:00'),
      lieu: help(lieuEvenement.optional(), {
        titre: 'Lieu',
        aide: 'Où se tient l’événement. Ne pas remplir pour un événement en ligne.',
        exemple: { commune: 'Pélussin', code_insee: '42168', departement: '42' },
      }),
      en_ligne: help(z.boolean().default(false), { titre: 'En ligne', aide: 'Cochez pour un événement à distance.', exemple: false }),
      lieu_non_precise: help(z.boolean().default(false), {
        titre: 'Lieu non précisé',
        aide: 'Cochez quand les sources ne disent pas où l’événement a eu lieu (archives).',
        exemple: false,
      }),
      organisateurs: help(z.array(slug).min(1, { error: 'indiquez au moins un organisateur (une structure de l’annuaire des acteurs)' }), {
        titre: 'Organisateurs',
        aide: 'Les structures qui organisent, choisies dans l’annuaire des acteurs.',
        exemple: ['cap-rural'],
      }),
      animation: help(z.array(texte).default([]), { titre: 'Animation', aide: 'Qui anime, une ligne par personne ou structure.', exemple: ['Cap Rural'] }),
      publics,
      places: help(z.number().int().positive().optional(), { titre: 'Places', aide: 'Nombre de places (nombre entier).', exemple: 15 }),
      inscription: help(
        z
          .strictObject({
            url: help(httpUrl.optional(), { titre: 'Formulaire d’inscription', aide: 'Adresse du formulaire.', exemple: 'https://www.exemple.fr/inscription' }),
            email: help(emailDeStructure.optional(), { titre: 'Adresse d’inscription', aide: 'Adresse de fonction pour s’inscrire.', exemple: 'inscriptions@exemple.fr' }),
          })
          .optional(),
        { titre: 'Inscription', aide: 'Comment s’inscrire : formulaire ou adresse électronique.' },
      ),
      statut: help(enumOf(STATUTS_EVENEMENT).default('prevu'), { titre: 'Statut', aide: 'Prévu, complet, annulé ou reporté.', exemple: 'prevu' }),
      cooperations: slugList('Coopérations', 'monalisa-22'),
    })
    .superRefine(checkDates)
    .superRefine((value, ctx) => {
      if (value.fin.date < value.debut.date || (!value.fin.journee && value.fin.date.getTime() === value.debut.date.getTime())) {
        ctx.addIssue({ code: 'custom', path: ['fin'], message: 'la fin doit être après le début' });
      }
      if (value.fin.journee !== value.debut.journee) {
        ctx.addIssue({ code: 'custom', path: ['fin'], message: 'début et fin doivent être tous deux des dates seules, ou tous deux des dates avec heure' });
      }
      const ways = [value.lieu !== undefined, value.en_ligne, value.lieu_non_precise].filter(Boolean).length;
      if (ways === 0) {
        ctx.addIssue({ code: 'custom', path: ['lieu'], message: 'indiquez le lieu, ou en_ligne: true pour un événement à distance' });
      } else if (ways > 1) {
        ctx.addIssue({ code: 'custom', path: [value.en_ligne ? 'en_ligne' : 'lieu_non_precise'], message: 'choisissez un seul de : lieu, en_ligne: true, lieu_non_precise: true' });
      }
    });
}

export type EvenementSchema = ReturnType<typeof evenementSchema>;
export type Evenement = z.output<EvenementSchema>;
