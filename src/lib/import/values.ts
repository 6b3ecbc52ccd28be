// A cell read as people write it, into the value a record holds: dates in French, yes/no,
// départements by number or name, themes and types by their labels, records by their
// title, lists split on ; , | or line breaks. What cannot be read safely is a problem that
// says what to write instead — a site without https:// is suggested, never completed.
import { foldName } from '../text/fold.ts';
import { frenchDate, frenchTime } from './french-date.ts';
import { cellText, isDateCell, type Cell } from './cell.ts';
import type { Target } from './targets.ts';
import { DEPARTEMENTS, REGIONS } from '../territories/territoires.ts';

export interface Named {
  id: string;
  titre: string;
}

/** Names the values may be given by. */
export interface Vocabulary {
  themes: readonly Named[];
  /** Labels of each choice target (`type`, `publics`): value → label. */
  labels: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Records a reference column may name, by its target key (`porteurs`, `animateurs_structure`). */
  records: Readonly<Record<string, readonly Named[]>>;
}

export type Read = { ok: true; value: string | number | boolean | string[] } | { ok: false; message: string };

const ok = (value: string | number | boolean | string[]): Read => ({ ok: true, value });
const no = (message: string): Read => ({ ok: false, message });

const YES = new Set(['oui', 'o', 'x', 'vrai', 'true', '1', 'yes']);
const NO = new Set(['non', 'n', 'faux', 'false', '0', 'no']);

/**
 * Splits a list cell. A cell with « | » (the open data's separator) splits on it alone, so
 * that a published CSV reads back item for item; otherwise choices split on ; , and line
 * breaks, sentences (which hold commas) on ; and line breaks.
 */
export function splitList(text: string, commas: boolean): string[] {
  const separator = text.includes('|') ? /\|/ : commas ? /[;,\n\r]+/ : /[;\n\r]+/;
  return text
    .split(separator)
    .map((s) => s.trim())
    .filter(Boolean);
}

function departementCode(text: string): string | undefined {
  const inParens = /\(([0-9]{1,3}|2[ab])\)\s*$/i.exec(text)?.[1];
  const raw = (inParens ?? text).trim();
  if (/^([0-9]{1,3}|2[ab])$/i.test(raw)) {
    const code = /^\d$/.test(raw) ? `0${raw}` : raw.toUpperCase();
    return DEPARTEMENTS.some((d) => d.code === code) ? code : undefined;
  }
  const name = foldName(raw);
  return DEPARTEMENTS.find((d) => foldName(d.nom) === name)?.code;
}

function regionCode(text: string): string | undefined {
  const raw = text.trim();
  if (REGIONS.some((r) => r.code === raw)) return raw;
  return REGIONS.find((r) => foldName(r.nom) === foldName(raw))?.code;
}

function byName(list: readonly Named[], text: string): string | undefined {
  const f = foldName(text);
  return list.find((n) => n.id === text.trim() || foldName(n.id) === f || foldName(n.titre) === f)?.id;
}

function choice(target: Target, vocab: Vocabulary, text: string): string | undefined {
  if (target.key === 'departements' || target.key === 'lieu_departement') return departementCode(text);
  if (target.key === 'regions') return regionCode(text);
  if (target.key === 'themes') return byName(vocab.themes, text);
  const records = vocab.records[target.key];
  if (records) return byName(records, text);
  const labels = vocab.labels[target.key] ?? {};
  const f = foldName(text);
  return (target.values ?? []).find((v) => v === text.trim() || foldName(v) === f || foldName(labels[v] ?? '') === f);
}

function whatToWrite(target: Target, vocab: Vocabulary): string {
  if (target.key === 'departements' || target.key === 'lieu_departement')
    return 'écrivez le numéro (« 22 ») ou le nom (« Côtes-d’Armor ») d’un département';
  if (target.key === 'regions') return 'écrivez le nom d’une région (« Bretagne ») ou son code';
  if (target.key === 'themes') return `thèmes possibles : ${vocab.themes.map((t) => `« ${t.titre} »`).join(', ')}`;
  if (vocab.records[target.key]) return 'écrivez le nom exact d’une fiche du centre de ressources (elle doit déjà exister)';
  const labels = vocab.labels[target.key] ?? {};
  return `valeurs possibles : ${(target.values ?? []).map((v) => `« ${labels[v] ?? v} »`).join(', ')}`;
}

/** The value of a cell for a target; `undefined` cells are empty and never reach here. */
export function readCell(target: Target, cell: Cell, vocab: Vocabulary): Read {
  const text = cellText(cell);
  switch (target.kind) {
    case 'date': {
      const d = isDateCell(cell) ? cell.jour : frenchDate(text);
      return d ? ok(d) : no(`« ${text} » n’est pas une date : écrivez-la comme 05/03/2015 ou 5 mars 2015`);
    }
    case 'time': {
      const t = isDateCell(cell) ? cell.heure : frenchTime(text);
      return t ? ok(t) : no(`« ${text} » n’est pas une heure : écrivez-la comme 9h30 ou 09:30`);
    }
    case 'boolean': {
      const f = foldName(text);
      if (YES.has(f)) return ok(true);
      if (NO.has(f)) return ok(false);
      return no(`« ${text} » : écrivez « oui » ou « non »`);
    }
    case 'integer':
    case 'number': {
      const n = typeof cell === 'number' ? cell : Number(text.replace(/\s/g, '').replace(',', '.'));
      if (!Number.isFinite(n) || (target.kind === 'integer' && !Number.isInteger(n)))
        return no(`« ${text} » : écrivez un nombre${target.kind === 'integer' ? ' entier' : ''}`);
      return ok(n);
    }
    case 'url': {
      if (/^https?:\/\//i.test(text)) return ok(text);
      if (/^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(text))
        return no(`il manque le début de l’adresse : vérifiez qu’elle s’ouvre, puis écrivez « https://${text} »`);
      return no(`« ${text} » n’est pas une adresse web : elle commence par https://`);
    }
    case 'email':
      return ok(text.replace(/^mailto:/i, ''));
    case 'choice': {
      const v = choice(target, vocab, text);
      return v ? ok(v) : no(`« ${text} » n’est pas une valeur connue : ${whatToWrite(target, vocab)}`);
    }
    case 'list': {
      const enumerated =
        target.values !== undefined ||
        vocab.records[target.key] !== undefined ||
        ['departements', 'regions', 'themes'].includes(target.key);
      const items = splitList(text, enumerated);
      if (!enumerated) return ok(items);
      const out: string[] = [];
      for (const item of items) {
        const v = choice(target, vocab, item);
        if (!v) return no(`« ${item} » n’est pas une valeur connue : ${whatToWrite(target, vocab)}`);
        if (!out.includes(v)) out.push(v);
      }
      return ok(out);
    }
    default:
      return ok(typeof cell === 'number' ? String(cell) : text);
  }
}
