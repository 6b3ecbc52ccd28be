// CSV text (RFC 4180) of the open-data exports. Hand-written rather than a library: the
// whole format is the quoting rule below plus the formula guard, and both are tested.
import type { Column } from './table-schema.ts';
import type { ExportRecord } from './open-data.ts';

/**
 * A cell a spreadsheet would run as a formula: it starts with =, +, @, a tab or a carriage
 * return, or with - not followed by a digit (-2.76 stays a number). OWASP « CSV Injection ».
 */
const FORMULA = /^(?:[=+@\t\r]|-(?!\d))/;

/** One field of RFC 4180, with OWASP's guard: a formula-like cell gets a leading ' and quotes. */
export function csvField(text: string): string {
  if (FORMULA.test(text)) return `"'${text.replace(/"/g, '""')}"`;
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * UTF-8 without a byte order mark, CRLF line ends, a header line. No BOM: Table Schema
 * validators (Validata, frictionless) and most tools read it as part of the first column's
 * name; Excel users open the file through « Données › À partir d’un fichier texte/CSV »
 * and choose UTF-8, as /donnees/ explains.
 */
export function toCsv(columns: readonly Column[], records: readonly ExportRecord[]): string {
  const lines = [
    columns.map((c) => csvField(c.field.name)).join(','),
    ...records.map((r) => columns.map((c) => csvField(c.cell(r))).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
