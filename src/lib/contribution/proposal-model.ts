// What the proposal form shows for one collection: the schema's fields, with the
// choices filled in from the content (themes, actors, cooperations) and the
// official lists (départements, régions), and the French labels of the values.
import { createSchemas } from '../../schemas/index.ts';
import { referencesOf, valueLabels, type CollectionName } from '../../schemas/collections.ts';
import { collectionJsonSchema, fieldsOf, type Field, type ValueLists } from './field-model.ts';
import { DEPARTEMENTS, REGIONS } from '../territories/territoires.ts';

export interface Option {
  value: string;
  label: string;
}

export interface FormField extends Field {
  options?: Option[];
  /** A reference to other records: chosen by name in a list loaded when the form opens. */
  ref?: 'acteurs' | 'cooperations';
  /** A commune chosen by name, which fills in the official code (and département) beside it. */
  commune?: boolean;
  /** How one item of a list is named: « une source », « Source ». */
  item?: ItemName;
  fields?: FormField[];
}

export interface ItemName {
  /** « une source », for « Ajouter une source ». */
  un: string;
  /** « Source », for « Source n° 2 ». */
  nom: string;
}

/** Names of the items of the lists of blocks, for buttons that read naturally. */
const ITEM_NAMES: Record<string, ItemName> = {
  sources: { un: 'une source', nom: 'Source' },
  animateurs: { un: 'une personne qui anime', nom: 'Personne qui anime' },
  personnes: { un: 'une personne', nom: 'Personne' },
  finalites: { un: 'une finalité', nom: 'Finalité' },
  objectifs: { un: 'un objectif', nom: 'Objectif' },
  actions: { un: 'une action', nom: 'Action' },
};

/** Fields a maintainer sets, not a proposer. */
const LEFT_OUT = new Set(['brouillon', 'mis_a_jour_le', 'verifie_le']);

export interface ProposalInput {
  collection: CollectionName;
  themes: ReadonlyArray<{ id: string; titre: string }>;
}

const byName = (a: Option, b: Option) => a.label.localeCompare(b.label, 'fr');

export function proposalFields({ collection, themes }: ProposalInput): FormField[] {
  const lists: ValueLists = {
    themes: themes.map((t) => t.id),
    departements: DEPARTEMENTS.map((d) => d.code),
    regions: REGIONS.map((r) => r.code),
  };
  const fields = fieldsOf(collectionJsonSchema(createSchemas(lists)[collection], lists)) as FormField[];
  const refs = referencesOf(collection);
  const withOptions = (f: FormField, top: string | undefined): FormField => {
    const ref = top === undefined ? refs.find((r) => r.field === f.name && !r.sub) : refs.find((r) => r.field === top && r.sub === f.name);
    const out: FormField = { ...f };
    if (ref && (ref.to === 'acteurs' || ref.to === 'cooperations')) {
      // The page would weigh megabytes with thousands of records: the names load as JSON.
      out.ref = ref.to;
      out.kind = f.kind === 'lines' ? 'choices' : 'choice';
    } else if (top === undefined && f.name === 'themes') {
      out.options = themes.map((t) => ({ value: t.id, label: t.titre }));
    } else if (top === undefined && f.name === 'departements') {
      // Chosen by name; the number helps those who know it.
      out.options = DEPARTEMENTS.map((d) => ({ value: d.code, label: `${d.nom.replace(/'/g, '’')} (${d.code})` })).sort(byName);
    } else if (top === undefined && f.name === 'regions') {
      out.options = REGIONS.map((r) => ({ value: r.code, label: r.nom })).sort(byName);
    } else if (f.values) {
      const labels = top === undefined ? valueLabels(collection, f.name) : undefined;
      const label = (v: string) => {
        const text = labels?.[v];
        // The descriptor gives every enum field its labels: a raw value would reach a contributor.
        if (text === undefined)
          throw new Error(`${collection}.${top ? `${top}.` : ''}${f.name} : pas de libellé pour « ${v} » dans src/schemas/collections.ts`);
        return text;
      };
      out.options = f.values.map((v) => ({ value: v, label: label(v) }));
    }
    if (top === 'lieu' && f.name === 'commune') out.commune = true;
    if (f.kind === 'list') out.item = ITEM_NAMES[f.name] ?? { un: 'un élément', nom: f.title };
    if (f.fields) out.fields = f.fields.map((c) => withOptions(c, top ?? f.name));
    return out;
  };
  return fields.filter((f) => !LEFT_OUT.has(f.name)).map((f) => withOptions(f, undefined));
}
