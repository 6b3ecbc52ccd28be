import { utils, write } from '@e965/xlsx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { odsHiddenSheets } from './ods-hidden.ts';
import { readSpreadsheet } from './read-sheet.ts';

/** An .ods with two sheets, the second made hidden as LibreOffice writes it (a table style with display="false"). */
function odsWithHiddenSheet(): Uint8Array {
  const wb = utils.book_new();
  utils.book_append_sheet(
    wb,
    utils.aoa_to_sheet([
      ['Nom', 'Ville'],
      ['Maison fictive', 'Brest'],
    ]),
    'Liste',
  );
  utils.book_append_sheet(
    wb,
    utils.aoa_to_sheet([
      ['Nom', 'Ville'],
      ['Ancienne', 'Brest'],
    ]),
    'Archives',
  );
  const files = unzipSync(new Uint8Array(write(wb, { type: 'array', bookType: 'ods' }) as ArrayBuffer));
  const content = strFromU8(files['content.xml']!)
    .replace(
      '<office:automatic-styles>',
      '<office:automatic-styles><style:style style:name="taHidden" style:family="table"><style:table-properties table:display="false"/></style:style>',
    )
    .replace('table:name="Archives" table:style-name="ta1"', 'table:name="Archives" table:style-name="taHidden"');
  files['content.xml'] = strToU8(content);
  return zipSync(files);
}

describe('odsHiddenSheets', () => {
  test('finds the sheets whose style hides them', () => {
    expect([...odsHiddenSheets(odsWithHiddenSheet())]).toEqual(['Archives']);
    const read = readSpreadsheet(odsWithHiddenSheet(), 'liste.ods');
    expect(read.ok && read.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['Liste', false],
      ['Archives', true],
    ]);
  });
  test('finds none in a workbook without hidden sheets', () => {
    const wb = utils.book_new();
    utils.book_append_sheet(wb, utils.aoa_to_sheet([['a']]), 'Une');
    expect(odsHiddenSheets(new Uint8Array(write(wb, { type: 'array', bookType: 'ods' }) as ArrayBuffer)).size).toBe(0);
  });
});
