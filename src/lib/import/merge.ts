// An edit proposed from a row changes only the fields its filled columns hold; the keys
// of a record follow its schema's order, as in every file of the repository.
import type { JsonSchema } from '../contribution/field-model.ts';
import type { Header } from './assemble.ts';

const isBlock = (v: unknown): v is Header => typeof v === 'object' && v !== null && !Array.isArray(v);

export function mergeEdit(original: Header, row: Header): Header {
  const out: Header = { ...original };
  for (const [k, v] of Object.entries(row)) out[k] = isBlock(v) && isBlock(original[k]) ? mergeEdit(original[k], v) : v;
  return out;
}

/** The header with its keys (and its blocks' keys) in the order of the schema. */
export function ordered(header: Header, schema: JsonSchema): Header {
  const keys = Object.keys(schema.properties ?? {});
  const rank = (k: string) => (keys.includes(k) ? keys.indexOf(k) : keys.length);
  const out: Header = {};
  for (const k of Object.keys(header).sort((a, b) => rank(a) - rank(b))) {
    const v = header[k];
    const sub = schema.properties?.[k];
    out[k] = isBlock(v) && sub?.properties ? ordered(v, sub) : v;
  }
  return out;
}
