// What the import page shows, built as DOM (never as HTML text: the cells are the person's
// data): the columns and their fields, the problems by row, the duplicates and their choice.
import { cellText, type Cell } from '../../lib/import/cell.ts';
import type { Matching } from '../../lib/import/match-columns.ts';
import type { PlannedRow } from '../../lib/import/plan.ts';
import type { Target } from '../../lib/import/targets.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

/** One row per column of the sheet: its title, a sample value, and a list of fields to choose from. */
export function renderColumns(
  body: HTMLTableSectionElement,
  headers: readonly string[],
  sample: readonly Cell[],
  matching: Matching,
  targets: readonly Target[],
): void {
  body.replaceChildren(
    ...headers.map((h, i) => {
      const tr = el('tr');
      tr.append(el('th', h || `Colonne ${i + 1}`, { scope: 'row' }), el('td', cellText(sample[i] ?? null)));
      const select = el('select', undefined, {
        id: `import-col-${i}`,
        'data-column': String(i),
        'aria-label': `Champ rempli par la colonne « ${h || i + 1} »`,
      });
      select.append(
        el('option', 'Ne pas importer', { value: '' }),
        ...targets.map((t) => el('option', t.title + (t.required ? ' (obligatoire)' : ''), { value: t.key })),
      );
      select.value = matching[i] ?? '';
      const td = el('td');
      td.append(select);
      tr.append(td);
      return tr;
    }),
  );
}

export function renderEmpty(list: HTMLElement, empty: readonly Target[]): void {
  list.replaceChildren(...empty.map((t) => el('li', t.required ? `${t.title} (obligatoire)` : t.title)));
}

/** The problems, one row per problem: row number, column, message. */
export function renderProblems(body: HTMLTableSectionElement, rows: readonly PlannedRow[]): number {
  const problems = rows.flatMap((r) => r.problems);
  body.replaceChildren(
    ...problems.map((p) => {
      const tr = el('tr');
      tr.append(el('th', String(p.line), { scope: 'row' }), el('td', p.column), el('td', p.message));
      return tr;
    }),
  );
  return problems.length;
}

/** Rows that repeat a record or a row, each with its choice: leave out, or propose as an edit. */
export function renderDuplicates(
  body: HTMLTableSectionElement,
  rows: readonly PlannedRow[],
  decisions: ReadonlyMap<number, string>,
): number {
  const dups = rows.filter((r) => r.duplicate);
  body.replaceChildren(
    ...dups.map((r) => {
      const tr = el('tr');
      const what = r.duplicate?.of === 'record' ? `la fiche « ${r.duplicate.titre} »` : `la ligne ${r.duplicate?.line ?? ''}`;
      tr.append(el('th', String(r.line), { scope: 'row' }), el('td', r.titre), el('td', what));
      const select = el('select', undefined, { 'data-line': String(r.line), 'aria-label': `Que faire de la ligne ${r.line}` });
      select.append(el('option', 'La laisser de côté', { value: 'skip' }));
      if (r.duplicate?.of === 'record')
        select.append(el('option', 'Proposer la modification de la fiche (seules les colonnes remplies changent)', { value: 'edit' }));
      else select.append(el('option', 'En faire une fiche de plus', { value: 'new' }));
      select.value = decisions.get(r.line) ?? (r.action === 'skip' ? 'skip' : r.duplicate?.of === 'record' ? 'edit' : 'new');
      const td = el('td');
      td.append(select);
      tr.append(td);
      return tr;
    }),
  );
  return dups.length;
}

/** Hands bytes to the browser as a file to save. */
export function offerDownload(host: HTMLElement, bytes: Uint8Array, name: string, type: string): void {
  const a = el('a', undefined, { href: URL.createObjectURL(new Blob([bytes as BlobPart], { type })), download: name });
  host.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
