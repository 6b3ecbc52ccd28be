// Puts the values read from one row where the record holds them (see placement.ts):
// the front matter as a contributor would write it. Only the columns the row fills appear.
import { parisMoment } from '../contribution/form-values.ts';
import type { Placement } from './placement.ts';

type Value = string | number | boolean | string[];
export type Header = Record<string, unknown>;

function objectAt(root: Header, path: readonly string[]): Header {
  let node = root;
  for (const seg of path) {
    const next = node[seg];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) node[seg] = {};
    node = node[seg] as Header;
  }
  return node;
}

/** The row's items of a list of blocks, cut on the same separator as its column. */
export function splitItems(text: string): string[] {
  return text.split(text.includes('|') ? '|' : /[;\n\r]+/).map((s) => s.trim());
}

/** The front matter of one row: `values` by CSV column name, already read (values.ts). */
export function assemble(values: ReadonlyMap<string, Value>, places: ReadonlyMap<string, Placement>): Header {
  const header: Header = {};
  const moments = new Map<string, { path: string[]; date?: string; heure?: string }>();
  const flags = new Map<string, { path: string[]; flag?: boolean; date?: string }>();
  for (const [key, value] of values) {
    const p = places.get(key);
    if (!p || p.how === 'derived') continue;
    const parent = p.path.slice(0, -1);
    const leaf = p.path.at(-1)!;
    switch (p.how) {
      case 'value':
        objectAt(header, parent)[leaf] = value;
        break;
      case 'items': {
        const holder = objectAt(header, parent);
        const list = (Array.isArray(holder[leaf]) ? holder[leaf] : (holder[leaf] = [])) as Header[];
        const parts = Array.isArray(value) ? value : splitItems(String(value));
        parts.forEach((part, i) => {
          list[i] ??= {};
          if (part !== '') list[i][p.sub] = part;
        });
        break;
      }
      case 'coordinate': {
        const holder = objectAt(header, parent);
        const pair = (Array.isArray(holder[leaf]) ? holder[leaf] : (holder[leaf] = [undefined, undefined])) as unknown[];
        pair[p.index] = value;
        break;
      }
      case 'moment': {
        const m = moments.get(p.path.join('.')) ?? { path: p.path };
        m[p.part] = String(value);
        moments.set(p.path.join('.'), m);
        break;
      }
      case 'trueOrDate': {
        const f = flags.get(p.path.join('.')) ?? { path: p.path };
        if (p.part === 'flag') f.flag = value === true;
        else f.date = String(value);
        flags.set(p.path.join('.'), f);
        break;
      }
    }
  }
  for (const m of moments.values()) {
    const v = m.date ? parisMoment(m.date, m.heure ?? '') : undefined;
    if (v) objectAt(header, m.path.slice(0, -1))[m.path.at(-1)!] = v;
  }
  for (const f of flags.values()) {
    // « Signataire : non » leaves the field out; a date alone says « yes, on that day ».
    if (f.flag === false) continue;
    objectAt(header, f.path.slice(0, -1))[f.path.at(-1)!] = f.date ?? true;
  }
  return header;
}
