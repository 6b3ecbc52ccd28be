// Where the column titles are: lists often start with a title, a date or a blank line.
// The header row is the first of the first 20 rows that has at least two texts and as
// many filled cells as the widest of those rows but one.
import type { Cell } from './cell.ts';

const filled = (c: Cell) => c !== null && !(typeof c === 'string' && c.trim() === '');

export function findHeaderRow(rows: ReadonlyArray<readonly Cell[]>): number {
  const head = rows.slice(0, 20);
  const counts = head.map((r) => r.filter(filled).length);
  const widest = Math.max(0, ...counts);
  const at = head.findIndex(
    (r, i) => r.filter((c) => typeof c === 'string' && c.trim() !== '').length >= Math.min(2, widest) && (counts[i] ?? 0) >= widest - 1,
  );
  return Math.max(0, at);
}
