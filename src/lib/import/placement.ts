// Where each CSV column's value goes in a record: the inverse of the open data's columns
// (lib/feeds/table-schema.ts), read from the same JSON Schema so both stay in step:
// `lieu_commune` → lieu.commune, `sources_titre` → the titre of each item of sources,
// latitude/longitude → lieu.coordonnees, `debut_date` + `debut_heure` → debut.
import type { JsonSchema } from '../contribution/field-model.ts';

export type Placement =
  | { how: 'value'; path: string[] }
  | { how: 'items'; path: string[]; sub: string }
  | { how: 'coordinate'; path: string[]; index: 0 | 1 }
  | { how: 'moment'; path: string[]; part: 'date' | 'heure' }
  | { how: 'trueOrDate'; path: string[]; part: 'flag' | 'date' }
  | { how: 'derived' };

const isMoment = (s: JsonSchema) => !!s.anyOf?.some((b) => b.format === 'date') && !!s.anyOf.some((b) => b.pattern?.includes('T'));
const isTrueOrDate = (s: JsonSchema) => !!s.anyOf?.some((b) => b.const === true) && !!s.anyOf.some((b) => b.format === 'date');

function walk(name: string, s: JsonSchema, path: string[], prefix: string, out: Map<string, Placement>): void {
  const col = `${prefix}${name}`;
  const at = [...path, name];
  if (s.type === 'array' && s.prefixItems) {
    out.set('longitude', { how: 'coordinate', path: at, index: 0 });
    out.set('latitude', { how: 'coordinate', path: at, index: 1 });
  } else if (isMoment(s)) {
    out.set(`${col}_date`, { how: 'moment', path: at, part: 'date' });
    out.set(`${col}_heure`, { how: 'moment', path: at, part: 'heure' });
    out.set('journee_entiere', { how: 'derived' });
  } else if (isTrueOrDate(s)) {
    out.set(col, { how: 'trueOrDate', path: at, part: 'flag' });
    out.set(`${col}_date`, { how: 'trueOrDate', path: at, part: 'date' });
  } else if (s.type === 'object' && s.properties) {
    for (const [k, sub] of Object.entries(s.properties)) walk(k, sub, at, `${col}_`, out);
  } else if (s.type === 'array' && s.items?.type === 'object' && s.items.properties) {
    for (const k of Object.keys(s.items.properties)) out.set(`${col}_${k}`, { how: 'items', path: at, sub: k });
  } else {
    out.set(col, { how: 'value', path: at });
  }
}

/** Each CSV column name of a collection with where its value goes. */
export function placements(frontMatter: JsonSchema): Map<string, Placement> {
  const out = new Map<string, Placement>();
  for (const [k, s] of Object.entries(frontMatter.properties ?? {})) walk(k, s, [], '', out);
  return out;
}
