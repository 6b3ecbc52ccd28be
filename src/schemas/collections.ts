// One description per collection: its schema, its names, its section, its list page, its
// form, the rule on its text, when a record is published, the fields that point to other
// records, the labels of its enum fields and the facts its cards show. Navigation, list
// pages, search facets, the form, labels, links both ways, stats, the generator, the audit,
// Astro's content config and the tests all read it, so adding a collection is: its schema
// (src/schemas/<name>.ts), its entry here (SCHEMAS and DESCRIPTORS), its record page
// (src/pages/<name>/[slug].astro) and its template (content/<name>/_template.md).
// See docs/architecture.md.
import type { z } from 'astro/zod';
import { formatEventRange } from '../lib/time/dates.ts';
import { acteurSchema, TYPES_ACTEUR } from './acteurs.ts';
import { cooperationSchema, ECHELLES, STATUTS_COOPERATION } from './cooperations.ts';
import { evenementSchema, STATUTS_EVENEMENT, TYPES_EVENEMENT } from './evenements.ts';
import { ETAPES, pratiqueSchema } from './pratiques.ts';
import { questionSchema } from './questions.ts';
import { type Labels, type SchemaContext } from './shared/help.ts';
import { PUBLICS } from './shared/sources.ts';
export type { CommonData } from './shared/common.ts';
import { FORMATS, temoignageSchema } from './temoignages.ts';

/**
 * The schema factory of each collection, in the order pages list them (proposal form, open
 * data, hubs). The names of the collections, their record types, `createSchemas` and Astro's
 * content config all follow from this object.
 */
export const SCHEMAS = {
  cooperations: cooperationSchema,
  acteurs: acteurSchema,
  temoignages: temoignageSchema,
  pratiques: pratiqueSchema,
  evenements: evenementSchema,
  questions: questionSchema,
} as const satisfies Record<string, (ctx: SchemaContext) => z.ZodType>;

export type CollectionName = keyof typeof SCHEMAS;

/** The collections, in the order pages list them. */
// Object.keys loses the key type; SCHEMAS holds no other key.
export const COLLECTIONS = Object.keys(SCHEMAS) as readonly CollectionName[];

/** The record type of each collection, as its schema outputs it. */
export type RecordData = { [K in CollectionName]: z.output<ReturnType<(typeof SCHEMAS)[K]>> };

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
  /**
   * The proposal form: what the collection is about, what its text should say, and the words
   * of the links that open it (« Proposer une coopération » unless `action` says otherwise).
   */
  proposer: { quoi: string; corps: string; action?: string };
  /** A record without text is refused (by the validator and the form). */
  corpsObligatoire: boolean;
  /** Fields that hold ids of other records, and the collection they point to. */
  references: ReadonlyArray<Reference<RecordData[K]>>;
  /** French labels of each enum field (for a list of values, the labels of its items). */
  valeurs: Partial<Record<Extract<keyof RecordData[K], string>, Labels>>;
  /**
   * The short facts of a card, under its title (lib/display/record-meta.ts), given the names
   * of the record's territories (« Côtes-d’Armor (22) »).
   */
  carte: (data: RecordData[K], territoires: string[]) => string[];
  /** The schema.org type of the JSON-LD its record page carries, if any (checked by the feeds test). */
  schemaOrg?: 'Article' | 'Event' | 'Organization';
  /**
   * Whether a valid record appears on the published site (besides `brouillon`): a record that
   * fails it is never rendered, listed, indexed or exported. Every record when absent.
   */
  publiee?: (record: { data: RecordData[K]; body: string }) => boolean;
}

/** « Saint-Brieuc » when a cooperation or an actor names its commune. */
const communeOf = (lieu: { commune: string } | undefined): string[] => (lieu ? [lieu.commune] : []);

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
    carte: (d, where) => [`Coopération ${ECHELLES[d.echelle].toLowerCase()}`, STATUTS_COOPERATION[d.statut], ...communeOf(d.lieu), ...where],
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
    carte: (d, where) => [TYPES_ACTEUR[d.type], ...communeOf(d.lieu), ...where],
    schemaOrg: 'Organization',
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
    carte: (d, where) => [`Témoignage ${FORMATS[d.format].toLowerCase()}`, ...where],
    schemaOrg: 'Article',
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
    carte: (d, where) => [`Étape : ${ETAPES[d.etape].toLowerCase()}`, ...where],
    schemaOrg: 'Article',
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
    // The date and the place say more about an event than its territory.
    carte: (d) => [formatEventRange(d.debut, d.fin), d.en_ligne ? 'En ligne' : (d.lieu?.commune ?? ''), TYPES_EVENEMENT[d.type]].filter(Boolean),
    schemaOrg: 'Event',
  },
  questions: {
    un: 'une question',
    des: 'questions',
    type: 'Question',
    titre: 'Boîte à questions',
    titreAccueil: 'Boîte à questions aux coopérations',
    menu: 6,
    liste: {
      intro: 'Les questions posées aux coopérations, avec la réponse d’une coordinatrice, d’un coordinateur ou de l’équipe. Une question paraît ici quand elle a sa réponse.',
    },
    proposer: {
      quoi: 'une question sur la coopération contre l’isolement : une coordination ou l’équipe y répond',
      corps: 'La réponse, écrite par une coordinatrice, un coordinateur ou l’équipe. Vous posez une question ? Laissez ce texte vide : elle paraîtra sur le site avec sa réponse.',
      action: 'Poser une question',
    },
    corpsObligatoire: false,
    references: [{ field: 'cooperation', to: 'cooperations' }],
    valeurs: {},
    carte: (d, where) => [`Réponse : ${d.reponse_de ?? 'L’équipe du centre de ressources'}`, ...where],
    schemaOrg: 'Article',
    // The answer is the record's text: a question without it is never published.
    publiee: ({ body }) => body.trim() !== '',
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

/** The words of a link to a collection's proposal form: « Proposer une pratique », « Poser une question ». */
export const proposerLabel = (collection: CollectionName): string => DESCRIPTORS[collection].proposer.action ?? `Proposer ${DESCRIPTORS[collection].un}`;

/** The facts of a record's card (its descriptor's `carte`), for code that handles every collection alike. */
export function cardFacts<K extends CollectionName>(record: { collection: K; data: RecordData[K] }, territoires: string[]): string[] {
  const descriptor: Descriptor<K> = DESCRIPTORS[record.collection];
  return descriptor.carte(record.data, territoires);
}

/** Whether a valid record appears on the published site (its descriptor's `publiee`; drafts aside). */
export function isPublished<K extends CollectionName>(record: { collection: K; data: RecordData[K]; body?: string | undefined }): boolean {
  const descriptor: Descriptor<K> = DESCRIPTORS[record.collection];
  return descriptor.publiee?.({ data: record.data, body: record.body ?? '' }) ?? true;
}

/** « coopérations, acteurs, témoignages, pratiques et événements »: every collection, for sentences. */
export const TOUTES_LES_FICHES = new Intl.ListFormat('fr', { type: 'conjunction' }).format(COLLECTIONS.map((c) => DESCRIPTORS[c].des));
