// The fields of a collection, read from its zod schema through JSON Schema: the one
// description that the editor schemas, the field reference and the form share.
import { z } from 'astro/zod';

export type JsonSchema = {
  type?: string;
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  title?: string;
  description?: string;
  examples?: unknown[];
  default?: unknown;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
  anyOf?: JsonSchema[];
  [key: string]: unknown;
};

/** Lists of allowed values that come from the content and the official lists, not from the schema. */
export interface ValueLists {
  themes: readonly string[];
  departements: readonly string[];
  regions: readonly string[];
}

const DATE: JsonSchema = { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };

function isDay(s: JsonSchema): boolean {
  return s.type === 'string' && (s.format === 'date' || s.pattern === '^\\d{4}-\\d{2}-\\d{2}$') && s.const === undefined;
}

/** Flattens nested anyOf, drops duplicates and merges « a Date or a YYYY-MM-DD text » into one date. */
function tidy(node: JsonSchema): JsonSchema {
  const out: JsonSchema = { ...node };
  if (out.items) out.items = tidy(out.items);
  if (out.prefixItems) out.prefixItems = out.prefixItems.map(tidy);
  if (out.properties) out.properties = Object.fromEntries(Object.entries(out.properties).map(([k, v]) => [k, tidy(v)]));
  if (out.anyOf) {
    const flat: JsonSchema[] = [];
    const visit = (s: JsonSchema) => (s.anyOf && Object.keys(s).length === 1 ? s.anyOf.forEach(visit) : flat.push(tidy(s)));
    out.anyOf.forEach(visit);
    const unique = flat.filter((s, i) => flat.findIndex((t) => JSON.stringify(t) === JSON.stringify(s)) === i);
    const nonDays = unique.filter((s) => !isDay(s));
    const branches = nonDays.length < unique.length ? [DATE, ...nonDays] : unique;
    delete out.anyOf;
    if (branches.length === 1) Object.assign(out, branches[0]);
    else out.anyOf = branches;
  }
  return out;
}

/**
 * The JSON Schema of a collection's front matter, as a contributor writes it:
 * dates as YYYY-MM-DD text, themes and territory codes from their lists.
 */
export function collectionJsonSchema(schema: z.ZodType, lists: ValueLists): JsonSchema {
  const raw = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      const def = (ctx.zodSchema as { _zod: { def: { type: string } } })._zod.def;
      if (def.type === 'date') Object.assign(ctx.jsonSchema, DATE);
    },
  }) as JsonSchema;
  const out = tidy(raw);
  const props = out.properties ?? {};
  const enumItems = (name: string, values: readonly string[]) => {
    const items = props[name]?.items;
    if (items) items.enum = [...values];
  };
  enumItems('themes', lists.themes);
  enumItems('departements', lists.departements);
  enumItems('regions', lists.regions);
  return out;
}

export type FieldKind =
  | 'text'
  | 'longtext'
  | 'date'
  | 'moment'
  | 'url'
  | 'email'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'true'
  | 'trueOrDate'
  | 'choice'
  | 'choices'
  | 'lines'
  | 'group'
  | 'list'
  | 'coordinates';

export interface Field {
  name: string;
  /** Dotted path from the record's root, `[]` marking a list item: `animateurs[].nom`. */
  path: string;
  title: string;
  /** The help text without its example. */
  help: string;
  example?: unknown;
  required: boolean;
  kind: FieldKind;
  /** Allowed values (choice, choices). */
  values?: string[];
  /** Sub-fields (group) or the fields of one item (list). */
  fields?: Field[];
  minItems?: number;
  minLength?: number;
  maxLength?: number;
  defaultValue?: unknown;
  /** How the value is written, for the field reference. */
  typeLabel: string;
}

function kindOf(s: JsonSchema): { kind: FieldKind; typeLabel: string } {
  if (s.anyOf) {
    const hasTrue = s.anyOf.some((b) => b.const === true);
    const hasDay = s.anyOf.some((b) => b.format === 'date');
    if (hasTrue && hasDay) return { kind: 'trueOrDate', typeLabel: 'true ou date AAAA-MM-JJ' };
    if (hasDay && s.anyOf.some((b) => b.pattern?.includes('T')))
      return { kind: 'moment', typeLabel: 'date AAAA-MM-JJ ou date et heure AAAA-MM-JJTHH:MM:SS+01:00' };
    return { kind: 'text', typeLabel: 'texte' };
  }
  if (s.const === true) return { kind: 'true', typeLabel: 'true' };
  if (s.enum) return { kind: 'choice', typeLabel: 'une valeur de la liste' };
  switch (s.type) {
    case 'boolean':
      return { kind: 'boolean', typeLabel: 'true ou false' };
    case 'integer':
      return { kind: 'integer', typeLabel: 'nombre entier' };
    case 'number':
      return { kind: 'number', typeLabel: 'nombre' };
    case 'object':
      return { kind: 'group', typeLabel: 'bloc de champs' };
    case 'array':
      if (s.prefixItems) return { kind: 'coordinates', typeLabel: '[longitude, latitude]' };
      if (s.items?.type === 'object') return { kind: 'list', typeLabel: 'liste de blocs' };
      if (s.items?.enum) return { kind: 'choices', typeLabel: 'liste de valeurs' };
      return { kind: 'lines', typeLabel: 'liste de textes' };
    case 'string':
      if (s.format === 'date') return { kind: 'date', typeLabel: 'date AAAA-MM-JJ' };
      if (s.format === 'uri') return { kind: 'url', typeLabel: 'adresse web https://…' };
      if (s.format === 'email') return { kind: 'email', typeLabel: 'adresse électronique' };
      if ((s.maxLength ?? 0) > 160) return { kind: 'longtext', typeLabel: 'texte' };
      return { kind: 'text', typeLabel: 'texte' };
    default:
      return { kind: 'text', typeLabel: 'texte' };
  }
}

function stripExample(description: string | undefined): string {
  return (description ?? '').replace(/ Exemple : .*$/s, '');
}

/** Some wrappers (defaults) keep the description but not `examples`: read the example back from the text. */
function exampleFrom(description: string | undefined): unknown {
  const m = / Exemple : (.*)$/s.exec(description ?? '');
  if (!m?.[1]) return undefined;
  try {
    return JSON.parse(m[1]);
  } catch {
    return undefined;
  }
}

/** The fields of an object schema, in the order of the zod schema. */
export function fieldsOf(schema: JsonSchema, prefix = ''): Field[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, s]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    const { kind, typeLabel } = kindOf(s);
    const field: Field = {
      name,
      path,
      title: s.title ?? name,
      help: stripExample(s.description),
      required: required.has(name) && s.default === undefined,
      kind,
      typeLabel,
    };
    const example = s.examples?.length ? s.examples[0] : exampleFrom(s.description);
    if (example !== undefined) field.example = example;
    if (s.default !== undefined) field.defaultValue = s.default;
    if (s.minItems !== undefined) field.minItems = s.minItems;
    if (s.minLength !== undefined) field.minLength = s.minLength;
    if (s.maxLength !== undefined) field.maxLength = s.maxLength;
    if (kind === 'choice') field.values = (s.enum ?? []).map(String);
    if (kind === 'choices') field.values = (s.items?.enum ?? []).map(String);
    if (kind === 'group') field.fields = fieldsOf(s, path);
    if (kind === 'list' && s.items) field.fields = fieldsOf(s.items, `${path}[]`);
    return field;
  });
}
