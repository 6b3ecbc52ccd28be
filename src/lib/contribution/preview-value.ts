// A value of the form as the published page will show it: labels of the choices, « oui » for a
// tick, dates in French, and no code a reader would misread (the official code of a commune
// reads like a wrong postal code: « Plérin, 22187 »).
import type { FormField } from './proposal-model.ts';
import type { Value } from './form-state.ts';
import { formatMonth, formatTime } from '../time/dates.ts';

/** Parts of a place the page never shows as text: filled in by the form, or drawn on the map. */
const HIDDEN_PARTS = new Set(['code_insee', 'departement', 'coordonnees']);
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** « 2 décembre 2026 », « 2 décembre 2026, 9 h 30 »; any other text as it is. */
function dateText(text: string): string {
  if (DAY.test(text)) return formatMonth(text);
  if (MOMENT.test(text) && !Number.isNaN(Date.parse(text))) return `${formatMonth(text.slice(0, 10))}, ${formatTime(new Date(text))}`;
  return text;
}

const scalar = (x: Value): string => (typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean' ? String(x) : '');

function objectText(v: { [key: string]: Value | undefined }, f: FormField | undefined): string {
  return Object.entries(v)
    .filter(([k, y]) => y !== undefined && typeof y !== 'object' && !HIDDEN_PARTS.has(k))
    .map(([k, y]) =>
      previewValue(
        y,
        f?.fields?.find((s) => s.name === k),
      ),
    )
    .filter(Boolean)
    .join(', ');
}

export function previewValue(v: Value, f: FormField | undefined): string {
  if (Array.isArray(v))
    return v.map((x) => (x && typeof x === 'object' && !Array.isArray(x) ? objectText(x, f) : previewValue(x, f))).join(' ; ');
  if (v && typeof v === 'object') return objectText(v, f);
  if (v === true) return 'oui';
  if (v === false || v === undefined) return '';
  const text = scalar(v);
  const option = f?.options?.find((o) => o.value === text);
  if (option) return option.label;
  return f && ['date', 'moment', 'trueOrDate'].includes(f.kind) ? dateText(text) : text;
}
