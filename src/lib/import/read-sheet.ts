// Reads a spreadsheet file into sheets of cells, with a plain-French note for everything a
// person should know: the reader is SheetJS (through @e965/xlsx, which republishes
// SheetJS's own 0.20.3 builds unchanged). Chosen because one well-kept reader handles
// .xlsx, .ods and .csv alike and never evaluates formulas (it reads the value the
// spreadsheet saved); the npm package `xlsx` stopped at 0.18.5, which has two published
// advisories (prototype pollution, CVE-2023-30533; ReDoS, CVE-2024-22363) fixed in 0.19.3
// and 0.20.2. ExcelJS reads no .ods; read-excel-file reads .xlsx only.
// Runs in a Web Worker in the browser (components/import/sheet-worker.ts) and in Node (npm run import).
import { read, SSF, type WorkBook, type WorkSheet, type CellObject } from '@e965/xlsx';
import type { Cell } from './cell.ts';
import { decodeText } from './decode-text.ts';
import { checkZip } from './zip-guard.ts';
import { findHeaderRow } from './header-row.ts';
import { odsHiddenSheets } from './ods-hidden.ts';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_FILE_LABEL = '10 Mo';

export interface Row {
  /** The row's number in the spreadsheet (1 = first row), as the person sees it. */
  line: number;
  cells: Cell[];
}

export interface Sheet {
  name: string;
  hidden: boolean;
  headers: string[];
  /** Number of the headers' row. */
  headerLine: number;
  rows: Row[];
  /** What the person should know about this sheet. */
  notes: string[];
}

export type ReadResult = { ok: true; sheets: Sheet[]; notes: string[] } | { ok: false; message: string };

const pad = (n: number) => String(n).padStart(2, '0');

/** The part of SheetJS's number-format module used here (its own types leave it untyped). */
interface DateFormats {
  is_date(format: string | number): boolean;
  parse_date_code(value: number, options?: { date1904?: boolean }): { y: number; m: number; d: number; H: number; M: number };
}
const formats = SSF as DateFormats;

function cellOf(c: CellObject | undefined, date1904: boolean): Cell {
  if (!c || c.v === undefined || c.t === 'z' || c.t === 'e') return null;
  if (c.t === 'n' && typeof c.v === 'number' && c.z !== undefined && formats.is_date(c.z)) {
    const d = formats.parse_date_code(c.v, { date1904 });
    const jour = `${d.y}-${pad(d.m)}-${pad(d.d)}`;
    return d.H || d.M ? { jour, heure: `${pad(d.H)}:${pad(d.M)}` } : { jour };
  }
  if (c.t === 'd' && c.v instanceof Date) return { jour: c.v.toISOString().slice(0, 10) };
  if (typeof c.v === 'string' || typeof c.v === 'number' || typeof c.v === 'boolean') return c.v;
  return null;
}

function sheetOf(name: string, ws: WorkSheet, hidden: boolean, date1904: boolean): Sheet {
  const data = (ws['!data'] ?? []) as Array<Array<CellObject | undefined> | undefined>;
  const notes: string[] = [];
  let formulas = 0;
  let formulasWithoutValue = 0;
  // Array.from, not map: a sheet's rows are a sparse array (a blank row is a hole).
  const all: Row[] = Array.from(data, (r, i) => ({
    line: i + 1,
    cells: Array.from(r ?? [], (c) => {
      if (c?.f !== undefined) {
        formulas++;
        if (c.v === undefined) formulasWithoutValue++;
      }
      return cellOf(c, date1904);
    }),
  }));
  const filled = (row: Row) => row.cells.some((c) => c !== null && !(typeof c === 'string' && c.trim() === ''));
  const header = findHeaderRow(all.map((r) => r.cells));
  const headerRow = all[header];
  const headers = (headerRow?.cells ?? []).map((c) => (c === null ? '' : String(typeof c === 'object' ? c.jour : c).trim()));
  if (header > 0)
    notes.push(
      `Les titres des colonnes sont sur la ligne ${header + 1} : ${header === 1 ? 'la ligne 1 est ignorée' : `les lignes 1 à ${header} sont ignorées`}.`,
    );
  const below = all.slice(header + 1);
  const rows = below.filter(filled);
  const empty = below.length - rows.length;
  if (empty > 0) notes.push(`${empty === 1 ? 'Une ligne vide est ignorée' : `${empty} lignes vides sont ignorées`}.`);
  if (formulas > 0) {
    notes.push(
      `${formulas === 1 ? 'Une cellule contient une formule' : `${formulas} cellules contiennent des formules`} : c’est la valeur calculée par le tableur qui est reprise, la formule n’est jamais exécutée.`,
    );
  }
  if (formulasWithoutValue > 0)
    notes.push(
      `${formulasWithoutValue} formule(s) n’ont pas de valeur enregistrée : ouvrez le fichier dans votre tableur, enregistrez-le, puis déposez-le de nouveau.`,
    );
  const merges = ws['!merges'] ?? [];
  const inData = merges.filter((m) => m.e.r > header);
  if (inData.length > 0) {
    const first = inData[0]!;
    const ref = `${colName(first.s.c)}${first.s.r + 1}:${colName(first.e.c)}${first.e.r + 1}`;
    notes.push(
      `${inData.length === 1 ? 'Des cellules sont fusionnées' : `${inData.length} groupes de cellules sont fusionnés`} (par exemple ${ref}) : seule la première cellule d’un groupe garde la valeur. Défusionnez-les et recopiez la valeur dans chaque ligne.`,
    );
  }
  if (hidden) notes.push('Cette feuille est masquée dans le tableur.');
  return { name, hidden, headers, headerLine: header + 1, rows, notes };
}

function colName(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function sheetsOf(wb: WorkBook, odsHidden: ReadonlySet<string> = new Set()): Sheet[] {
  const date1904 = wb.Workbook?.WBProps?.date1904 === true;
  const sheets = wb.SheetNames.map((name, i) =>
    sheetOf(name, wb.Sheets[name]!, (wb.Workbook?.Sheets?.[i]?.Hidden ?? 0) !== 0 || odsHidden.has(name), date1904),
  );
  // Visible sheets first: a hidden one is rarely the list to import.
  return [...sheets.filter((s) => !s.hidden), ...sheets.filter((s) => s.hidden)];
}

const TEXT = /\.(csv|tsv|txt)$/i;

/** Reads the bytes of a file named `name`. Never throws. */
export function readSpreadsheet(bytes: Uint8Array, name: string): ReadResult {
  if (bytes.length > MAX_FILE_BYTES)
    return { ok: false, message: `Le fichier fait plus de ${MAX_FILE_LABEL} : découpez le tableau en plusieurs fichiers plus petits.` };
  if (bytes.length === 0) return { ok: false, message: 'Le fichier est vide.' };
  try {
    if (TEXT.test(name)) {
      const { text, windows1252 } = decodeText(bytes);
      const result = readText(text);
      if (result.ok && windows1252)
        result.notes.push(
          'Le fichier n’était pas enregistré en UTF-8 : il a été lu comme un export d’Excel (Windows-1252). Vérifiez les accents dans le tableau ci-dessous ; au besoin, enregistrez-le en « CSV UTF-8 ».',
        );
      return result;
    }
    if (!/\.(xlsx|ods)$/i.test(name))
      return { ok: false, message: 'Ce type de fichier n’est pas lu : déposez un fichier .xlsx (Excel), .ods (LibreOffice) ou .csv.' };
    const zip = checkZip(bytes);
    if (!zip.ok) {
      return {
        ok: false,
        message:
          zip.reason === 'too-big'
            ? 'Ce fichier se décompresse en un volume bien trop grand pour un tableau : il n’est pas ouvert. Enregistrez le tableau de nouveau depuis votre tableur.'
            : 'Ce fichier n’est pas un vrai tableau .xlsx ou .ods (il est peut-être abîmé) : ouvrez-le dans votre tableur et enregistrez-le de nouveau.',
      };
    }
    const wb = read(bytes, { type: 'array', cellFormula: true, cellNF: true, cellHTML: false, dense: true });
    const sheets = sheetsOf(wb, /\.ods$/i.test(name) ? odsHiddenSheets(bytes) : undefined);
    const notes = sheets.some((s) => s.hidden)
      ? [`${sheets.filter((s) => s.hidden).length} feuille(s) masquée(s) dans le tableur : elles sont proposées en dernier.`]
      : [];
    return { ok: true, sheets, notes };
  } catch {
    return {
      ok: false,
      message:
        'Ce fichier n’a pas pu être lu comme un tableau : ouvrez-le dans votre tableur et enregistrez-le de nouveau en .xlsx, .ods ou .csv.',
    };
  }
}

/** Cells pasted from a spreadsheet (tab-separated) or the text of a CSV file. */
export function readText(text: string): ReadResult {
  // `raw`: every cell stays text (« 01001 », « 2015-06 » are not numbers or dates); values are read later.
  const wb = read(text.replace(/^\uFEFF/, ''), { type: 'string', raw: true, dense: true });
  return { ok: true, sheets: sheetsOf(wb), notes: [] };
}
