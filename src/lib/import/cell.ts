// One cell as the reader hands it over: text, a number, a boolean, or a date cell of the
// sheet (its day, and its time when it has one). Plain data, so it crosses to a Web Worker.
export interface DateCell {
  jour: string;
  heure?: string;
}

export type Cell = string | number | boolean | DateCell | null;

export const isDateCell = (c: Cell): c is DateCell => typeof c === 'object' && c !== null;

/** The cell as the text a person sees (a date cell as JJ/MM/AAAA). */
export function cellText(c: Cell): string {
  if (c === null) return '';
  if (isDateCell(c)) return `${c.jour.slice(8, 10)}/${c.jour.slice(5, 7)}/${c.jour.slice(0, 4)}${c.heure ? ` ${c.heure}` : ''}`;
  if (typeof c === 'number') return String(c).replace('.', ',');
  if (typeof c === 'boolean') return c ? 'oui' : 'non';
  return c.trim();
}

export const isEmptyCell = (c: Cell): boolean => c === null || (typeof c === 'string' && c.trim() === '');
