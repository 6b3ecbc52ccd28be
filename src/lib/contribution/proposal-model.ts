// What the proposal form shows for one collection: the schema's fields, with the
// choices filled in from the content (themes, actors, cooperations) and the
// official lists (départements, régions), and the French labels of the values.
import { createSchemas, type CollectionName } from '../../schemas/index.ts';
import { collectionJsonSchema, fieldsOf, type Field, type ValueLists } from './field-model.ts';
import { LABELS } from '../display/labels.ts';
import { REFERENCE_FIELDS } from '../content/links.ts';
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

const VALUE_LABELS: Partial<Record<CollectionName, Record<string, keyof typeof LABELS>>> = {
  cooperations: { echelle: 'echelle', statut: 'statutCooperation' },
  acteurs: { type: 'typeActeur' },
  temoignages: { format: 'format' },
  pratiques: { etape: 'etape', publics: 'public' },
  evenements: { type: 'typeEvenement', statut: 'statutEvenement', publics: 'public' },
};

export interface ProposalInput {
  collection: CollectionName;
  themes: ReadonlyArray<{ id: string; titre: string }>;
  /** Existing records that the reference fields may point to. */
  records: Record<'acteurs' | 'cooperations', Option[]>;
}

export function proposalFields({ collection, themes, records }: ProposalInput): FormField[] {
  const lists: ValueLists = { themes: themes.map((t) => t.id), departements: DEPARTEMENTS.map((d) => d.code), regions: REGIONS.map((r) => r.code) };
  const fields = fieldsOf(collectionJsonSchema(createSchemas(lists)[collection], lists)) as FormField[];
  const refs = REFERENCE_FIELDS[collection];
  const labels = VALUE_LABELS[collection] ?? {};
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
      const group = top === undefined ? labels[f.name] : undefined;
      out.options = f.values.map((v) => ({ value: v, label: group ? (LABELS[group] as Record<string, string>)[v] ?? v : v }));
    }
    if (f.fields) out.fields = f.fields.map((c) => withOptions(c as FormField, top ?? f.name));
    return out;
  };
  return fields.filter((f) => !LEFT_OUT.has(f.name)).map((f) => withOptions(f, undefined));
}
