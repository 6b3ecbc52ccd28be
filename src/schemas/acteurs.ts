// An actor of the directory: who does what, where.
import { z } from 'astro/zod';
import { checkDates, commonFields, contactStructure, help, httpUrl, jour, lieuCommune, type SchemaContext } from './shared.ts';

export const TYPES_ACTEUR = [
  'association_nationale',
  'association_locale',
  'centre_social',
  'ccas',
  'clic',
  'collectivite',
  'service_public',
  'caisse_de_retraite',
  'reseau',
  'entreprise_ess',
  'recherche',
  'collectif_habitants',
  'autre',
] as const;

export function acteurSchema(ctx: SchemaContext) {
  return z
    .strictObject({
      ...commonFields(ctx),
      type: help(z.enum(TYPES_ACTEUR), {
        titre: 'Type de structure',
        aide: `Quelle sorte de structure : ${TYPES_ACTEUR.join(', ')}.`,
        exemple: 'association_locale',
      }),
      site: help(httpUrl.optional(), { titre: 'Site web', aide: 'Adresse du site de la structure.', exemple: 'https://www.exemple.fr/' }),
      lieu: help(lieuCommune.optional(), {
        titre: 'Lieu',
        aide: 'Où se trouve la structure : la commune, son code INSEE et, si vous les avez, ses coordonnées.',
        exemple: { commune: 'Saint-Brieuc', code_insee: '22278', coordonnees: [-2.7603, 48.5141] },
      }),
      contact: contactStructure('la structure'),
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
