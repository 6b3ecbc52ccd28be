// An actor of the directory: who does what, where.
import { z } from 'astro/zod';
import { commonFields } from './shared/common.ts';
import { contactStructure } from './shared/contact.ts';
import { checkDates, jour } from './shared/dates.ts';
import { lieuCommune } from './shared/geography.ts';
import { enumOf, help, type Labels, type SchemaContext } from './shared/help.ts';

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
        aide: 'Quelle sorte de structure. Un CCAS est le centre communal d’action sociale de la mairie ; un CLIC, un centre local d’information et de coordination pour les personnes âgées ; une caisse de retraite, par exemple la CARSAT (caisse d’assurance retraite et de la santé au travail) ou la MSA (mutualité sociale agricole) ; l’ESS, l’économie sociale et solidaire.',
        exemple: 'association_locale',
      }),
      lieu: help(lieuCommune.optional(), {
        titre: 'Lieu',
        aide: 'Où se trouve la structure : sa commune (son code officiel se remplit tout seul) et, si vous les avez, ses coordonnées.',
        exemple: { commune: 'Saint-Brieuc', code_insee: '22278', coordonnees: [-2.7603, 48.5141] },
      }),
      contact: contactStructure('la structure'),
      signataire_charte: help(z.union([z.literal(true), jour]).optional(), {
        titre: 'Signataire de la charte MONALISA',
        aide: 'MONALISA est la mobilisation nationale contre l’isolement des âgés. Cochez si la structure a signé sa charte, avec la date si vous la connaissez.',
        exemple: true,
      }),
    })
    .superRefine(checkDates);
}

