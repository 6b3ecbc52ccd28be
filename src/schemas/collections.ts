// One description per collection: its names, its section, its list page, its form,
// the rule on its text, the fields that point to other records and the labels of its
// enum fields. Navigation, list pages, search facets, the form, labels, links both
// ways, stats, the generator, the audit and the tests all read it, so adding a
// collection is: this descriptor, its schema (src/schemas/<name>.ts) and its record
// template (src/pages/<name>/[slug].astro). See docs/architecture.md.
import type { Acteur } from './acteurs.ts';
import { TYPES_ACTEUR } from './acteurs.ts';
import type { Cooperation } from './cooperations.ts';
import { ECHELLES, STATUTS_COOPERATION } from './cooperations.ts';
import type { Evenement } from './evenements.ts';
import { STATUTS_EVENEMENT, TYPES_EVENEMENT } from './evenements.ts';
import type { Pratique } from './pratiques.ts';
import { ETAPES } from './pratiques.ts';
import { PUBLICS, type Labels } from './shared.ts';
export type { CommonData } from './shared.ts';
import type { Temoignage } from './temoignages.ts';
import { FORMATS } from './temoignages.ts';

/** The collections, in the order pages list them (proposal form, open data, hubs). */
export const COLLECTIONS = ['cooperations', 'acteurs', 'temoignages', 'pratiques', 'evenements'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** The record type of each collection, as its schema outputs it. */
export interface RecordData {
  cooperations: Cooperation;
  acteurs: Acteur;
  temoignages: Temoignage;
  pratiques: Pratique;
  evenements: Evenement;
}

/** Any record with its collection: `switch (r.collection)` narrows `r.data`. */
export type AnyRecordData = { [K in CollectionName]: { collection: K; data: RecordData[K] } }[CollectionName];

/** Keys of T whose value is (possibly) a list of objects, and the keys of those objects. */
type ItemOf<V> = NonNullable<V> extends ReadonlyArray<infer I> ? I : NonNullable<V>;
type SubKey<T, F extends keyof T> = ItemOf<T[F]> extends object ? Extract<keyof ItemOf<T[F]>, string> : never;

/** A field that holds the id of another record: `field`, or `field[].sub` for a list of objects. */
export type Reference<T = unknown> = {
  [F in Extract<keyof T, string>]: { field: F; sub?: SubKey<T, F>; to: CollectionName };
}[Extract<keyof T, string>];

export interface Descriptor<K extends CollectionName = CollectionName> {
  /** « une coopération »: with its article, for sentences. */
  un: string;
  /** « coopérations »: the plural, lower case. */
  des: string;
  /** « Coopération »: the type of one record, on cards and in the search facet. */
  type: string;
  /** Title of the section: navigation, breadcrumbs, list page. */
  titre: string;
  /** Name of the list on the home page. */
  titreAccueil: string;
  /** Position in the main navigation (1 = first). */
  menu: number;
  /**
   * The page at /<name>/: a paginated list of cards from src/pages/[collection]/[...page].astro,
   * or a page of its own (the agenda) in src/pages/<name>/index.astro.
   */
  liste: { intro: string } | 'propre';
  /** The proposal form: what the collection is about, and what its text should say. */
  proposer: { quoi: string; corps: string };
  /** A record without text is refused (by the validator and the form). */
  corpsObligatoire: boolean;
  /** Fields that hold ids of other records, and the collection they point to. */
  references: ReadonlyArray<Reference<RecordData[K]>>;
  /** French labels of each enum field (for a list of values, the labels of its items). */
  valeurs: Partial<Record<Extract<keyof RecordData[K], string>, Labels>>;
}

export const DESCRIPTORS: { readonly [K in CollectionName]: Descriptor<K> } = {
  cooperations: {
    un: 'une coopération',
    des: 'coopérations',
    type: 'Coopération',
    titre: 'Coopérations',
    titreAccueil: 'Coopérations',
    menu: 1,
    liste: { intro: 'Les coopérations qui réunissent les acteurs d’un territoire contre l’isolement social des personnes âgées.' },
    proposer: {
      quoi: 'des acteurs d’un territoire qui travaillent ensemble contre l’isolement',
      corps: 'Qui coopère, depuis quand, ce que la coopération fait et comment la joindre.',
    },
    corpsObligatoire: false,
    references: [
      { field: 'porteurs', to: 'acteurs' },
      { field: 'membres', to: 'acteurs' },
      { field: 'animateurs', sub: 'structure', to: 'acteurs' },
    ],
    valeurs: { echelle: ECHELLES, statut: STATUTS_COOPERATION },
  },
  acteurs: {
    un: 'un acteur',
    des: 'acteurs',
    type: 'Acteur',
    titre: 'Acteurs',
    titreAccueil: 'Acteurs',
    menu: 2,
    liste: { intro: 'Qui fait quoi : associations, centres sociaux, collectivités, caisses et réseaux engagés.' },
    proposer: {
      quoi: 'une association, un centre social, une collectivité, une caisse…',
      corps: 'Ce que fait la structure contre l’isolement et avec qui elle coopère.',
    },
    corpsObligatoire: false,
    references: [],
    valeurs: { type: TYPES_ACTEUR },
  },
  temoignages: {
    un: 'un témoignage',
    des: 'témoignages',
    type: 'Témoignage',
    titre: 'Témoignages',
    titreAccueil: 'Témoignages',
    menu: 4,
    liste: { intro: 'Des animateurs et des bénévoles racontent leur coopération.' },
    proposer: {
      quoi: 'la parole d’une animatrice, d’un bénévole, avec son accord',
      corps: 'Le témoignage lui-même, avec les mots de la personne (ou la transcription de l’enregistrement). Obligatoire.',
    },
    corpsObligatoire: true,
    references: [
      { field: 'personnes', sub: 'structure', to: 'acteurs' },
      { field: 'cooperation', to: 'cooperations' },
    ],
    valeurs: { format: FORMATS },
  },
  pratiques: {
    un: 'une pratique',
    des: 'pratiques',
    type: 'Pratique',
    titre: 'Pratiques',
    titreAccueil: 'Pratiques',
    menu: 3,
    liste: { intro: 'Comment d’autres ont démarré, structuré, animé ou évalué leur coopération.' },
    proposer: {
      quoi: 'une façon de faire qui a marché (ou pas), étape par étape',
      corps: 'Comment la pratique s’est déroulée, étape par étape, et ce que vous en retenez.',
    },
    corpsObligatoire: false,
    references: [
      { field: 'cooperations', to: 'cooperations' },
      { field: 'acteurs', to: 'acteurs' },
    ],
    valeurs: { etape: ETAPES, publics: PUBLICS },
  },
  evenements: {
    un: 'un événement',
    des: 'événements',
    type: 'Événement',
    titre: 'Agenda',
    titreAccueil: 'Agenda et événements',
    menu: 5,
    liste: 'propre',
    proposer: {
      quoi: 'une journée d’exploration, une rencontre, une formation',
      corps: 'Le programme de la journée, à qui elle s’adresse et comment s’inscrire.',
    },
    corpsObligatoire: false,
    references: [
      { field: 'organisateurs', to: 'acteurs' },
      { field: 'cooperations', to: 'cooperations' },
    ],
    valeurs: { type: TYPES_EVENEMENT, statut: STATUTS_EVENEMENT, publics: PUBLICS },
  },
};

/** The URL of a collection's section. */
export const sectionHref = (collection: CollectionName): string => `/${collection}/`;

/** The collections in the order of the main navigation. */
export const MENU: readonly CollectionName[] = COLLECTIONS.toSorted((a, b) => DESCRIPTORS[a].menu - DESCRIPTORS[b].menu);

/** Collections whose /<name>/ page is the generic paginated list. */
export const LISTED = COLLECTIONS.filter((c) => DESCRIPTORS[c].liste !== 'propre');

/** A reference field, as code that walks any record reads it. */
export interface AnyReference {
  field: string;
  sub?: string | undefined;
  to: CollectionName;
}

/** The reference fields of a collection, typed for code that handles every collection alike. */
export function referencesOf(collection: CollectionName): readonly AnyReference[] {
  return DESCRIPTORS[collection].references;
}

/** The labels of an enum field of a collection, if it is one. */
export function valueLabels(collection: CollectionName, field: string): Labels | undefined {
  const valeurs: Partial<Record<string, Labels>> = DESCRIPTORS[collection].valeurs;
  return valeurs[field];
}
