// One row of the sheet turned into a record's front matter and text: each matched cell
// read as people write it (values.ts), put in its place (assemble.ts), the commune found.
// Problems name the row and the column as the sheet titles it.
import type { CommuneIndex } from '../territories/commune-index.ts';
import { assemble, splitItems, type Header } from './assemble.ts';
import { cellText, isEmptyCell, type Cell } from './cell.ts';
import { findCommune } from './commune-lookup.ts';
import type { Matching } from './match-columns.ts';
import type { Placement } from './placement.ts';
import type { Target } from './targets.ts';
import { readCell, type Vocabulary } from './values.ts';

export interface RowProblem {
  /** The row's number in the sheet. */
  line: number;
  /** The column's title in the sheet (or the field's title when no column holds it). */
  column: string;
  message: string;
}

export interface RowRecord {
  line: number;
  /** The record the row names in an `id` column (an export of the site). */
  id?: string;
  header: Header;
  body: string;
  /** The target keys the row fills. */
  filled: string[];
  problems: RowProblem[];
}

export interface RowContext {
  headers: readonly string[];
  matching: Matching;
  targets: ReadonlyMap<string, Target>;
  places: ReadonlyMap<string, Placement>;
  vocab: Vocabulary;
  communes: CommuneIndex;
}

type Value = string | number | boolean | string[];

/** A list of blocks keeps its items' positions: `titre1|titre2` goes with `|url2`. */
function readItems(target: Target, cell: Cell, ctx: RowContext): { value: string[] } | { message: string } {
  const parts = splitItems(cellText(cell));
  if (!ctx.vocab.records[target.key]) return { value: parts };
  const out: string[] = [];
  for (const part of parts) {
    if (part === '') {
      out.push('');
      continue;
    }
    const read = readCell({ ...target, kind: 'choice' }, part, ctx.vocab);
    if (!read.ok) return { message: read.message };
    out.push(String(read.value));
  }
  return { value: out };
}

export function rowRecord(line: number, cells: readonly Cell[], ctx: RowContext): RowRecord {
  const problems: RowProblem[] = [];
  const values = new Map<string, Value>();
  const columnOf = new Map<string, string>();
  let body = '';
  ctx.matching.forEach((key, i) => {
    const target = key ? ctx.targets.get(key) : undefined;
    const cell = cells[i] ?? null;
    if (!target || isEmptyCell(cell)) return;
    const column = ctx.headers[i] || target.title;
    columnOf.set(key, column);
    if (key === 'corps') {
      body = cellText(cell);
      return;
    }
    if (ctx.places.get(key)?.how === 'items') {
      const items = readItems(target, cell, ctx);
      if ('message' in items) problems.push({ line, column, message: items.message });
      else values.set(key, items.value);
      return;
    }
    const read = readCell(target, cell, ctx.vocab);
    if (read.ok) values.set(key, read.value);
    else problems.push({ line, column, message: read.message });
  });
  const id = values.get('id');
  values.delete('id');
  const postal = values.get('code_postal');
  values.delete('code_postal');
  const nom = values.get('lieu_commune');
  const insee = values.get('lieu_code_insee');
  const departements = (values.get('departements') as string[] | undefined) ?? [];
  const found = findCommune(
    {
      nom: nom === undefined ? undefined : String(nom),
      codePostal: postal === undefined ? undefined : String(postal),
      codeInsee: insee === undefined ? undefined : String(insee),
      departements,
    },
    ctx.communes,
  );
  if (found?.ok) {
    values.set('lieu_commune', found.commune.nom);
    values.set('lieu_code_insee', found.commune.code);
    if (ctx.places.has('lieu_departement')) values.set('lieu_departement', found.commune.departement);
    if (departements.length === 0 && ctx.targets.has('departements')) values.set('departements', [found.commune.departement]);
  } else if (found) {
    problems.push({
      line,
      column: columnOf.get(found.column) ?? columnOf.get('lieu_commune') ?? columnOf.get('code_postal') ?? 'Commune',
      message: found.message,
    });
  }
  return {
    line,
    ...(typeof id === 'string' ? { id } : {}),
    header: assemble(values, ctx.places),
    body,
    filled: [...columnOf.keys()],
    problems,
  };
}

/** The sheet's title of the column that fills a field path (`lieu.code_insee`), if any. */
export function columnForField(field: string | undefined, ctx: Pick<RowContext, 'headers' | 'matching' | 'places' | 'targets'>): string {
  const path = (field ?? '').replace(/\[\d+\]/g, '');
  let best: { column: string; length: number } | undefined;
  for (const [key, place] of ctx.places) {
    if (place.how === 'derived') continue;
    const p = place.how === 'items' ? [...place.path, place.sub].join('.') : place.path.join('.');
    const match =
      path === p || path.startsWith(`${p}.`) || (place.how === 'items' && path === place.path.join('.')) || p.startsWith(`${path}.`);
    if (!match) continue;
    const i = ctx.matching.indexOf(key);
    const column = i >= 0 ? ctx.headers[i] || ctx.targets.get(key)?.title : ctx.targets.get(key)?.title;
    if (column && (!best || (i >= 0 && p.length >= best.length))) best = { column, length: i >= 0 ? p.length : -1 };
  }
  return best?.column ?? (field || 'Fiche');
}
