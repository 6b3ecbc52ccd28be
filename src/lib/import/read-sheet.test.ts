import { utils, write, type WorkBook } from '@e965/xlsx';
import { zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { MAX_FILE_BYTES, readSpreadsheet, readText } from './read-sheet.ts';

/** A workbook with a title row, a blank row, headers, a date cell, a formula and a merge. */
function book(): WorkBook {
  const wb = utils.book_new();
  const ws = utils.aoa_to_sheet(
    [
      ['Liste des acteurs (exemple)'],
      [],
      ['Nom', 'Date', 'Nombre'],
      ['Structure A', new Date(Date.UTC(2015, 2, 5)), 1],
      [],
      ['Structure B', '5 mars 2015', 2],
    ],
    { cellDates: true },
  );
  ws.C4 = { t: 'n', v: 42, f: 'C6*21' };
  ws['!merges'] = [
    { s: { r: 0, c: 0 }, e: { r: 0, c: 2 } },
    { s: { r: 5, c: 1 }, e: { r: 6, c: 1 } },
  ];
  utils.book_append_sheet(wb, ws, 'Acteurs');
  utils.book_append_sheet(
    wb,
    utils.aoa_to_sheet([
      ['Nom', 'Ville'],
      ['x', 'y'],
    ]),
    'Brouillon',
  );
  wb.Workbook = { Sheets: [{ Hidden: 0 }, { Hidden: 1 }] };
  return wb;
}

const bytesOf = (wb: WorkBook, bookType: 'xlsx' | 'ods') => new Uint8Array(write(wb, { type: 'array', bookType }) as ArrayBuffer);

describe('readSpreadsheet', () => {
  for (const bookType of ['xlsx', 'ods'] as const) {
    test(`finds the headers below a title, skips empty rows and reads date cells (${bookType})`, () => {
      const result = readSpreadsheet(bytesOf(book(), bookType), `acteurs.${bookType}`);
      if (!result.ok) throw new Error(result.message);
      const sheet = result.sheets[0]!;
      expect(sheet.headers).toEqual(['Nom', 'Date', 'Nombre']);
      expect(sheet.headerLine).toBe(3);
      expect(sheet.rows.map((r) => r.line)).toEqual([4, 6]);
      expect(sheet.rows[0]!.cells).toEqual(['Structure A', { jour: '2015-03-05' }, 42]);
      expect(sheet.notes.join(' ')).toMatch(/ligne 3/);
      expect(sheet.notes.join(' ')).toMatch(/Une ligne vide est ignorée/);
      expect(sheet.notes.join(' ')).toMatch(/formule n’est jamais exécutée/);
      expect(sheet.notes.join(' ')).toMatch(/fusionnées \(par exemple B6:B7\)/);
    });
  }

  test('puts a hidden sheet last and says it is hidden', () => {
    const result = readSpreadsheet(bytesOf(book(), 'xlsx'), 'acteurs.xlsx');
    if (!result.ok) throw new Error(result.message);
    expect(result.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['Acteurs', false],
      ['Brouillon', true],
    ]);
    expect(result.notes[0]).toMatch(/masquée/);
  });

  test('reads a CSV saved by Excel in Windows-1252, and says so', () => {
    const latin1 = Uint8Array.from(
      [...'Nom;Ville\nCentre social;Saint-Brieuc\n'].map((c) => c.charCodeAt(0)).concat([0x43, 0xf4, 0x74, 0x65, 0x73, 0x3b, 0x45, 0x0a]),
    );
    const result = readSpreadsheet(latin1, 'liste.csv');
    if (!result.ok) throw new Error(result.message);
    expect(result.sheets[0]!.rows.at(-1)!.cells[0]).toBe('Côtes');
    expect(result.notes[0]).toMatch(/Windows-1252/);
  });

  test('keeps CSV cells as text: codes keep their zeros, months stay months', () => {
    const result = readSpreadsheet(new TextEncoder().encode('\uFEFFcode,lancement\n01001,2015-06\n'), 'x.csv');
    if (!result.ok) throw new Error(result.message);
    expect(result.sheets[0]!.rows[0]!.cells).toEqual(['01001', '2015-06']);
  });

  test('refuses a file over the size limit, an unknown type and a damaged archive', () => {
    const big = readSpreadsheet(new Uint8Array(MAX_FILE_BYTES + 1), 'gros.xlsx');
    expect(big.ok ? '' : big.message).toMatch(/plus de 10 Mo/);
    const pdf = readSpreadsheet(new Uint8Array([1, 2, 3]), 'liste.pdf');
    expect(pdf.ok ? '' : pdf.message).toMatch(/\.xlsx \(Excel\), \.ods/);
    const broken = readSpreadsheet(new TextEncoder().encode('pas un tableur'), 'liste.xlsx');
    expect(broken.ok ? '' : broken.message).toMatch(/pas un vrai tableau/);
  });

  test('refuses a zip bomb named .xlsx before inflating it all', () => {
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(90 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(MAX_FILE_BYTES);
    const result = readSpreadsheet(bomb, 'liste.xlsx');
    expect(result.ok ? '' : result.message).toMatch(/se décompresse en un volume bien trop grand/);
  }, 60_000);
});

describe('readText', () => {
  test('reads cells pasted from a spreadsheet (tab-separated)', () => {
    const result = readText('Nom\tDépartement\nStructure A\tCôtes-d’Armor\n');
    if (!result.ok) throw new Error('unreadable');
    expect(result.sheets[0]!.headers).toEqual(['Nom', 'Département']);
    expect(result.sheets[0]!.rows[0]!.cells).toEqual(['Structure A', 'Côtes-d’Armor']);
  });
});
