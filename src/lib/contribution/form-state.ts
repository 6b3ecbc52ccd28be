// The core of the proposal form, without the page: how a record's values map to the
// form's controls and back. The browser gives it the real controls; tests and the
// draft give it a plain object. The same two functions prefill a record to edit,
// restore a draft and read what the contributor typed.
import { codeText } from '../../schemas/shared/geography.ts';
import type { FormField } from './proposal-model.ts';
import { parisMoment } from './form-values.ts';

export type Value = string | number | boolean | Value[] | { [key: string]: Value | undefined } | undefined;
export type RecordData = Record<string, Value>;

/** The form's controls, by id: texts (inputs, selects, text areas), ticks, chosen values, list items. */
export interface Controls {
  text(id: string): string;
  setText(id: string, value: string): void;
  checked(id: string): boolean;
  setChecked(id: string, on: boolean): void;
  /** Values chosen in a multiple-choice field. */
  chosen(id: string): string[];
  setChosen(id: string, values: readonly string[]): void;
  /** Indexes of the items of a list, in their order on the page. */
  items(id: string): string[];
  /** Adds an empty item to a list and returns its index. */
  addItem(id: string): string;
  clearItems(id: string): void;
}

export const controlId = (segs: ReadonlyArray<string | number>): string => `f-${segs.join('-')}`;

/** The record as the controls hold it, and the indexes of each list's items (to place messages). */
export function readRecord(fields: readonly FormField[], controls: Controls): { data: RecordData; items: Map<string, string[]> } {
  const items = new Map<string, string[]>();
  const text = (id: string) => controls.text(id).trim();
  const read = (f: FormField, segs: string[]): Value => {
    const id = controlId(segs);
    switch (f.kind) {
      case 'integer':
      case 'number': {
        const v = text(id);
        return v === '' ? undefined : Number.isFinite(Number(v)) ? Number(v) : v;
      }
      case 'boolean':
      case 'true':
        return controls.checked(id) ? true : undefined;
      case 'trueOrDate': {
        const day = text(`${id}-date`);
        return day || (controls.checked(`${id}-oui`) ? true : undefined);
      }
      case 'moment':
        return parisMoment(text(`${id}-jour`), text(`${id}-heure`));
      case 'coordinates': {
        const lon = text(`${id}-0`);
        const lat = text(`${id}-1`);
        return lon === '' && lat === '' ? undefined : [Number(lon), Number(lat)];
      }
      case 'choices': {
        const values = controls.chosen(id);
        return values.length || f.required ? values : undefined;
      }
      case 'lines': {
        const values = controls
          .text(id)
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean);
        return values.length || f.required ? values : undefined;
      }
      case 'group': {
        const out: Record<string, Value> = {};
        for (const c of f.fields ?? []) out[c.name] = read(c, [...segs, c.name]);
        return Object.values(out).some((v) => v !== undefined) ? out : undefined;
      }
      case 'list': {
        const indexes = controls.items(id);
        items.set(id, indexes);
        const values = indexes.map((i) => {
          const out: Record<string, Value> = {};
          for (const c of f.fields ?? []) out[c.name] = read(c, [...segs, i, c.name]);
          return out;
        });
        return values.length || f.required ? values : undefined;
      }
      default: {
        const v = text(id);
        return v === '' ? undefined : v;
      }
    }
  };
  const data: RecordData = {};
  for (const f of fields) data[f.name] = read(f, [f.name]);
  return { data, items };
}

const PARIS = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** `2027-03-04T09:30:00+01:00` → the day and the time on a Paris clock; a day alone stays a day. */
export function parisParts(value: string): { day: string; time: string } {
  if (!value.includes('T')) return { day: value, time: '' };
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return { day: value.slice(0, 10), time: value.slice(11, 16) };
  const [day = '', time = ''] = PARIS.format(instant).split(' ');
  return { day, time };
}

/** Territory codes, which YAML reads as numbers when written without quotes. */
const CODES = new Set(['departements', 'regions', 'departement']);

const asText = (v: Value): string => (v === undefined || v === null ? '' : typeof v === 'object' ? '' : String(v));

/** Puts a record's values into the controls: the inverse of `readRecord`. */
export function writeRecord(fields: readonly FormField[], data: RecordData, controls: Controls): void {
  const write = (f: FormField, v: Value, segs: string[]): void => {
    const id = controlId(segs);
    switch (f.kind) {
      case 'boolean':
      case 'true':
        controls.setChecked(id, v === true);
        return;
      case 'trueOrDate':
        controls.setChecked(`${id}-oui`, v !== undefined && v !== false);
        controls.setText(`${id}-date`, typeof v === 'string' ? v : '');
        return;
      case 'moment': {
        const { day, time } = typeof v === 'string' ? parisParts(v) : { day: '', time: '' };
        controls.setText(`${id}-jour`, day);
        controls.setText(`${id}-heure`, time);
        return;
      }
      case 'coordinates': {
        const [lon, lat] = Array.isArray(v) ? v : [];
        controls.setText(`${id}-0`, asText(lon));
        controls.setText(`${id}-1`, asText(lat));
        return;
      }
      case 'choices':
        // Codes typed without quotes come as numbers (22): the choices hold them as text ("22").
        controls.setChosen(id, Array.isArray(v) ? v.map((x) => String(CODES.has(f.name) ? codeText(x) : x)) : []);
        return;
      case 'lines':
        controls.setText(id, Array.isArray(v) ? v.map(asText).join('\n') : '');
        return;
      case 'group': {
        const obj = v && typeof v === 'object' && !Array.isArray(v) ? v : {};
        for (const c of f.fields ?? []) write(c, obj[c.name], [...segs, c.name]);
        return;
      }
      case 'list': {
        controls.clearItems(id);
        for (const item of Array.isArray(v) ? v : []) {
          const index = controls.addItem(id);
          const obj = item && typeof item === 'object' && !Array.isArray(item) ? item : {};
          for (const c of f.fields ?? []) write(c, obj[c.name], [...segs, index, c.name]);
        }
        return;
      }
      case 'choice':
        controls.setText(id, CODES.has(f.name) ? asText(codeText(v) as Value) : asText(v));
        return;
      default:
        controls.setText(id, asText(v));
    }
  };
  for (const f of fields) write(f, data[f.name], [f.name]);
}

/**
 * The whole record after an edit: the fields the form shows come from the form, the others
 * (set by the team: draft, check dates…) are kept as they were, in the file's order.
 */
export function mergeRecord(original: RecordData, edited: RecordData, fields: readonly FormField[]): RecordData {
  const shown = new Set(fields.map((f) => f.name));
  const out: RecordData = {};
  for (const key of Object.keys(original)) out[key] = shown.has(key) ? edited[key] : original[key];
  for (const key of Object.keys(edited)) if (!(key in out)) out[key] = edited[key];
  return out;
}

/** Controls held in a plain object: for tests, and for the draft kept in the browser. */
export class MemoryControls implements Controls {
  texts: Record<string, string> = {};
  ticks: Record<string, boolean> = {};
  choices: Record<string, string[]> = {};
  lists: Record<string, string[]> = {};
  private next = 0;
  text(id: string): string {
    return this.texts[id] ?? '';
  }
  setText(id: string, value: string): void {
    this.texts[id] = value;
  }
  checked(id: string): boolean {
    return this.ticks[id] ?? false;
  }
  setChecked(id: string, on: boolean): void {
    this.ticks[id] = on;
  }
  chosen(id: string): string[] {
    return this.choices[id] ?? [];
  }
  setChosen(id: string, values: readonly string[]): void {
    this.choices[id] = [...values];
  }
  items(id: string): string[] {
    return this.lists[id] ?? [];
  }
  addItem(id: string): string {
    const index = String(this.next++);
    this.lists[id] = [...this.items(id), index];
    return index;
  }
  clearItems(id: string): void {
    this.lists[id] = [];
  }
}
