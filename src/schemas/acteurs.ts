// An actor of the directory: who does what, where.
import { z } from 'astro/zod';
import { checkDates, commonFields, enumOf, help, httpUrl, jour, valuesOf, type Labels, type SchemaContext } from './shared.ts';

export const TYPES_ACTEUR = {
  association_nationale: 'Association nationale',
  association_locale: 'Association locale',
  centre_social: 'Centre social',
  ccas: 'CCAS',
  clic: 'CLIC',
  collectivite: 'Collectivité',
  service_public: 'Service public',
  caisse_de_retraite: 'Caisse de retraite',
  reseau: 'Réseau',
  entreprise_ess: 'Entreprise de l’ESS',
  recherche: 'Recherche',
  collectif_habitants: 'Collectif d’habitants',
  autre: 'Autre structure',
} as const satisfies Labels;

export function acteurSchema(ctx: SchemaContext) {
  return z
    .strictObject({
      ...commonFields(ctx),
      type: help(enumOf(TYPES_ACTEUR), {
        titre: 'Type de structure',
        aide: `Quelle sorte de structure : ${valuesOf(TYPES_ACTEUR).join(', ')}.`,
        exemple: 'association_locale',
      }),
      site: help(httpUrl.optional(), { titre: 'Site web', aide: 'Adresse du site de la structure.', exemple: 'https://www.exemple.fr/' }),
      signataire_charte: help(z.union([z.literal(true), jour]).optional(), {
        titre: 'Signataire de la charte MONALISA',
        aide: 'La date de signature de la charte nationale (AAAA-MM-JJ) si elle est connue, sinon true.',
        exemple: true,
      }),
    })
    .superRefine(checkDates);
}

export type ActeurSchema = ReturnType<typeof acteurSchema>;
export type Acteur = z.output<ActeurSchema>;
