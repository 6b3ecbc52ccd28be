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
  fields?: FormField[];
}

/** Fields a maintainer sets, not a proposer. */
const LEFT_OUT = new Set(['brouillon', 'mis_a_jour_le', 'verifie_le']);

export interface ProposalInput {
  collection: CollectionName;
  themes: ReadonlyArray<{ id: string; titre: string }>;
  /** Existing records that the reference fields may point to. */
  records: Record<'acteurs' | 'cooperations', Option[]>;
}

export function proposalFields({ collection, themes, records }: ProposalInput): FormField[] {
  const lists: ValueLists = { themes: themes.map((t) => t.id), departements: DEPARTEMENTS.map((d) => d.code), regions: REGIONS.map((r) => r.code) };
  const fields = fieldsOf(collectionJsonSchema(createSchemas(lists)[collection], lists)) as FormField[];
  const refs = referencesOf(collection);
  const withOptions = (f: FormField, top: string | undefined): FormField => {
    const ref = top === undefined ? refs.find((r) => r.field === f.name && !r.sub) : refs.find((r) => r.field === top && r.sub === f.name);
    const out: FormField = { ...f };
    if (ref && (ref.to === 'acteurs' || ref.to === 'cooperations')) {
      out.options = records[ref.to];
      out.kind = f.kind === 'lines' ? 'choices' : 'choice';
    } else if (top === undefined && f.name === 'themes') {
      out.options = themes.map((t) => ({ value: t.id, label: t.titre }));
    } else if (top === undefined && f.name === 'departements') {
      out.options = DEPARTEMENTS.map((d) => ({ value: d.code, label: `${d.code} — ${d.nom}` }));
    } else if (top === undefined && f.name === 'regions') {
      out.options = REGIONS.map((r) => ({ value: r.code, label: r.nom }));
    } else if (f.values) {
      const labels = top === undefined ? valueLabels(collection, f.name) : undefined;
      const label = (v: string) => {
        const text = labels?.[v];
        // The descriptor gives every enum field its labels: a raw value would reach a contributor.
        if (text === undefined) throw new Error(`${collection}.${top ? `${top}.` : ''}${f.name} : pas de libellé pour « ${v} » dans src/schemas/collections.ts`);
        return text;
      };
      out.options = f.values.map((v) => ({ value: v, label: label(v) }));
    }
    if (f.fields) out.fields = f.fields.map((c) => withOptions(c as FormField, top ?? f.name));
    return out;
  };
  return fields.filter((f) => !LEFT_OUT.has(f.name)).map((f) => withOptions(f, undefined));
}
