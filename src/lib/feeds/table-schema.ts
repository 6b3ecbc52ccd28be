// The columns of the CSV exports and their Table Schema (Frictionless Data), both read
// from the JSON Schema that zod gives for each collection: one description, so the CSV,
// its schema and the JSON export never drift apart. One type per column, no JSON in a cell:
// - nested blocks are spread (`lieu_commune`), coordinates become `latitude`/`longitude`;
// - an event's moments become a date and a Paris time (`debut_date`, `debut_heure`) plus
//   `journee_entiere`; « true or a date » (`signataire_charte`) a boolean plus a date;
// - lists are one text cell, items separated by LIST_SEPARATOR; lists of blocks become one
//   such column per sub-field, the n-th items going together (`sources_titre`, `sources_url`);
// - what is deeper than that (a practice's objective tree) is left to the JSON export.
import type { JsonSchema } from '../contribution/field-model.ts';
import type { ExportRecord } from './open-data.ts';

export const LIST_SEPARATOR = '|';

type Plain = ExportRecord[string];

export interface TableField {
  name: string;
  title?: string;
  description?: string;
  type: 'string' | 'number' | 'integer' | 'boolean' | 'date' | 'time';
  format?: 'uri' | 'email';
  constraints?: { required?: boolean; unique?: boolean; enum?: string[]; pattern?: string; minimum?: number; maximum?: number };
}

export interface Column {
  field: TableField;
  /** The cell's text for a record, before CSV quoting ('' when empty). */
  cell: (r: ExportRecord) => string;
}

export interface TableSchema {
  fields: TableField[];
  primaryKey: string;
  missingValues: string[];
}

const isObject = (v: Plain | undefined): v is { [k: string]: Plain } => typeof v === 'object' && v !== null && !Array.isArray(v);
const scalar = (s: JsonSchema) => !s.anyOf && s.type !== 'object' && s.type !== 'array';
const isMoment = (s: JsonSchema) => !!s.anyOf?.some((b) => b.format === 'date') && !!s.anyOf.some((b) => b.pattern?.includes('T'));
const isTrueOrDate = (s: JsonSchema) => !!s.anyOf?.some((b) => b.const === true) && !!s.anyOf.some((b) => b.format === 'date');
const isCoordinates = (s: JsonSchema) => s.type === 'array' && !!s.prefixItems;

/** JSON Schema patterns are anchored by hand; Table Schema patterns are anchored by definition. */
const unanchored = (p: string) => p.replace(/^\^/, '').replace(/\$$/, '');
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function text(v: Plain | undefined): string {
  if (v === undefined || v === null) return '';
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- columns hold scalars; a list joins with commas, as before
  return String(v);
}

/** One list item in a cell: the separator inside an item would split it, so it becomes « / » (documented). */
const item = (v: Plain | undefined) => text(v).replaceAll(LIST_SEPARATOR, '/');

function describe(s: JsonSchema, extra?: string): Pick<TableField, 'title' | 'description'> {
  const help = (s.description ?? '').replace(/ Exemple : .*$/s, '');
  const description = [help, extra].filter(Boolean).join(' ');
  return { ...(s.title ? { title: s.title } : {}), ...(description ? { description } : {}) };
}

function scalarField(name: string, s: JsonSchema, required: boolean): TableField {
  const constraints: NonNullable<TableField['constraints']> = {};
  if (required) constraints.required = true;
  let type: TableField['type'] = 'string';
  let format: TableField['format'] | undefined;
  if (s.type === 'boolean') type = 'boolean';
  else if (s.type === 'integer') type = 'integer';
  else if (s.type === 'number') type = 'number';
  else if (s.format === 'date') type = 'date';
  else if (s.format === 'uri') format = 'uri';
  else if (s.format === 'email') format = 'email';
  if (s.enum) constraints.enum = s.enum.map(String);
  else if (type === 'string' && !format && s.pattern) constraints.pattern = unanchored(s.pattern);
  if (typeof s.minimum === 'number') constraints.minimum = s.minimum;
  if (typeof s.maximum === 'number') constraints.maximum = s.maximum;
  // No length limits: a neutralised cell (see csv.ts) is one character longer than the text.
  return { name, ...describe(s), type, ...(format ? { format } : {}), ...(Object.keys(constraints).length ? { constraints } : {}) };
}

function listField(name: string, itemSchema: JsonSchema | undefined, s: JsonSchema, required: boolean): TableField {
  const one = itemSchema?.enum
    ? `(?:${itemSchema.enum.map((v) => escapeRegex(String(v))).join('|')})`
    : itemSchema?.pattern
      ? `(?:${unanchored(itemSchema.pattern)})`
      : undefined;
  const sep = escapeRegex(LIST_SEPARATOR);
  return {
    name,
    ...describe(s, `Liste : les éléments sont séparés par « ${LIST_SEPARATOR} ».`),
    type: 'string',
    ...(one || required
      ? { constraints: { ...(required ? { required: true } : {}), ...(one ? { pattern: `${one}(?:${sep}${one})*` } : {}) } }
      : {}),
  };
}

type Get = (r: ExportRecord) => Plain | undefined;

/** The columns of one property, read through `get` (the property's value in a record). */
function columnsOf(name: string, s: JsonSchema, required: boolean, get: Get, prefix: string): Column[] {
  const col = `${prefix}${name}`;
  if (isCoordinates(s)) {
    const coord = (i: 0 | 1) => (r: ExportRecord) => {
      const v = get(r);
      return Array.isArray(v) ? text(v[i]) : '';
    };
    return [
      {
        field: {
          name: 'latitude',
          title: 'Latitude',
          description: 'Latitude en degrés décimaux (WGS 84).',
          type: 'number',
          constraints: { minimum: -90, maximum: 90 },
        },
        cell: coord(1),
      },
      {
        field: {
          name: 'longitude',
          title: 'Longitude',
          description: 'Longitude en degrés décimaux (WGS 84).',
          type: 'number',
          constraints: { minimum: -180, maximum: 180 },
        },
        cell: coord(0),
      },
    ];
  }
  if (isMoment(s)) {
    const parts = (r: ExportRecord) => {
      const v = text(get(r));
      return { date: v.slice(0, 10), heure: v.length > 10 ? v.slice(11, 19) : '' };
    };
    return [
      {
        field: { name: `${col}_date`, ...describe(s, 'Le jour.'), type: 'date', ...(required ? { constraints: { required: true } } : {}) },
        cell: (r) => parts(r).date,
      },
      {
        field: {
          name: `${col}_heure`,
          title: `${s.title ?? name} (heure)`,
          description: 'L’heure légale de Paris ; vide pour un événement à la journée.',
          type: 'time',
        },
        cell: (r) => parts(r).heure,
      },
    ];
  }
  if (isTrueOrDate(s)) {
    return [
      {
        field: { name: col, ...describe(s), type: 'boolean', constraints: { required: true } },
        cell: (r) => String(get(r) !== undefined && get(r) !== null && get(r) !== false),
      },
      {
        field: { name: `${col}_date`, title: `${s.title ?? name} (date)`, description: 'La date, quand elle est connue.', type: 'date' },
        cell: (r) => (typeof get(r) === 'string' ? text(get(r)) : ''),
      },
    ];
  }
  if (s.type === 'object' && s.properties) {
    if (Object.values(s.properties).some((sub) => sub.type === 'array' && sub.items?.type === 'object')) return []; // a tree: JSON only
    const inner = new Set(s.required ?? []);
    return Object.entries(s.properties).flatMap(([k, sub]) => {
      const getSub: Get = (r) => {
        const o = get(r);
        return isObject(o) ? o[k] : undefined;
      };
      return columnsOf(k, sub, required && inner.has(k) && sub.default === undefined, getSub, `${col}_`);
    });
  }
  if (s.type === 'array') {
    const items = s.items;
    if (items?.type === 'object' && items.properties) {
      const subs = Object.entries(items.properties);
      if (!subs.every(([, sub]) => scalar(sub))) return []; // deeper than a table: JSON only
      return subs.map(([k, sub]) => ({
        field: listField(`${col}_${k}`, undefined, { ...sub, title: `${s.title ?? name} : ${sub.title ?? k}` }, false),
        cell: (r: ExportRecord) => {
          const v = get(r);
          return Array.isArray(v) && v.length ? v.map((o) => item(isObject(o) ? o[k] : undefined)).join(LIST_SEPARATOR) : '';
        },
      }));
    }
    return [
      {
        field: listField(col, items, s, required && (s.minItems ?? 0) > 0),
        cell: (r) => {
          const v = get(r);
          return Array.isArray(v) ? v.map(item).join(LIST_SEPARATOR) : '';
        },
      },
    ];
  }
  return [{ field: scalarField(col, s, required), cell: (r) => text(get(r)) }];
}

/** Fields of the record schema that no CSV holds: exports list published records only. */
const LEFT_OUT = new Set(['brouillon']);

/**
 * The CSV columns of a collection from its export record schema (`recordSchema`): `id`
 * and `url` first, then the fields in the schema's order.
 */
export function csvColumns(record: JsonSchema): Column[] {
  const required = new Set(record.required ?? []);
  const props = Object.entries(record.properties ?? {}).filter(([k]) => !LEFT_OUT.has(k));
  const columns = props.flatMap(([k, s]) => columnsOf(k, s, required.has(k) && s.default === undefined, (r) => r[k], ''));
  const moments = props.filter(([, s]) => isMoment(s));
  if (moments.length) {
    const first = moments[0]![0];
    const at = columns.findIndex((c) => c.field.name === `${moments.at(-1)![0]}_heure`) + 1;
    columns.splice(at, 0, {
      field: {
        name: 'journee_entiere',
        title: 'Journée entière',
        description: 'true quand seules les dates sont connues (pas d’heure).',
        type: 'boolean',
        constraints: { required: true },
      },
      cell: (r) => String(text(r[first]).length === 10),
    });
  }
  const names = columns.map((c) => c.field.name);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice) throw new Error(`Deux colonnes CSV portent le nom « ${twice} » : renommez un champ du schéma.`);
  const id = columns.find((c) => c.field.name === 'id');
  if (id) id.field.constraints = { ...id.field.constraints, required: true, unique: true };
  // The record's page on this site, which may be a local address (http://localhost:4321) in a
  // preview: Frictionless' `uri` format wants a top-level domain, so a pattern says it instead.
  const url = columns.find((c) => c.field.name === 'url');
  if (url) {
    delete url.field.format;
    url.field.constraints = { required: true, unique: true, pattern: 'https?://[^\\s]+' };
  }
  return columns;
}

/** Why some cells start with a quote: said in the schema, where a reuser reads about the data. */
export const NEUTRALISED_CELLS =
  'Une cellule de texte qui commence par =, +, -, @, une tabulation ou un retour chariot est précédée d’une apostrophe (’) ' +
  'pour qu’un tableur ne l’exécute pas comme une formule (recommandation OWASP contre l’injection de formules) ; ' +
  'un nombre négatif comme -2.76 n’est pas concerné.';

export function tableSchema(columns: readonly Column[]): TableSchema & { description: string } {
  return {
    description: `Une ligne par fiche publiée. Listes : éléments séparés par « ${LIST_SEPARATOR} ». Heures : heure légale de Paris. ${NEUTRALISED_CELLS}`,
    fields: columns.map((c) => c.field),
    primaryKey: 'id',
    missingValues: [''],
  };
}
