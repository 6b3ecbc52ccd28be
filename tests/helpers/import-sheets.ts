// Spreadsheets for the import tests, generated with the same library the import reads
// with: French headers in an odd order, départements by name, postal codes, French dates,
// one row that repeats an existing record (Association de Kergus, in content/) and rows
// with problems. Every structure, address and site is obviously fictional (.test domains).
import { utils, write } from '@e965/xlsx';

export const HEADERS = [
  'Courriel',
  'Ville',
  'Nom de la structure',
  'Département',
  'Code postal',
  'Type',
  'Thèmes',
  'Signataire de la charte',
  'Date de signature',
  'Description',
];

const RESUME = 'Structure fictive créée pour les tests de l’import : elle n’existe pas et ne sert qu’à vérifier la lecture d’un tableau.';

export const ROWS: ReadonlyArray<ReadonlyArray<string | Date | number>> = [
  [
    'contact@alpha.exemple.test',
    'Saint-Brieuc',
    'Association fictive Alpha',
    'Côtes-d’Armor',
    '22000',
    'Association locale',
    'Isolement social des personnes âgées; Gouvernance et animation',
    'oui',
    '05/03/2015',
    RESUME,
  ],
  [
    'accueil@beta.exemple.test',
    '',
    'Centre social fictif Bêta',
    'Loire (42)',
    '42410',
    'Centre social',
    'Équipes citoyennes',
    'non',
    '',
    RESUME,
  ],
  ['', 'Pélussin', 'Collectif fictif Gamma', '42', '', 'collectif_habitants', 'formation', 'oui', '5 mars 2015', RESUME],
  ['', '', 'Maison fictive Epsilon', 'Finistère', '29200', 'CCAS', 'Formation', 'non', '', RESUME],
  ['', '', 'Association de Kergus', 'Côtes d’Armor', '', 'Association locale', 'Gouvernance et animation', 'oui', '', RESUME],
  ['', 'Saint-Brieuc', 'Club fictif Delta', '22', '', 'Club de foot', 'Gouvernance et animation', 'oui', '31/02/2015', RESUME],
];

/** The records the good rows give, as `npm run import` and the page both write them. */
export const EXPECTED_NEW = ['association-fictive-alpha', 'collectif-fictif-gamma', 'maison-fictive-epsilon'];

/** The rows with problems: row number in the sheet (headers on row 2) and column. */
export const EXPECTED_PROBLEMS = [
  [4, 'Code postal'],
  [8, 'Type'],
  [8, 'Date de signature'],
];

/** The row that repeats an existing record. */
export const EXPECTED_DUPLICATE = { line: 7, id: 'association-de-kergus' };

export function importBook(bookType: 'xlsx' | 'ods'): Uint8Array {
  const wb = utils.book_new();
  // A title row above the headers, as lists often have.
  const ws = utils.aoa_to_sheet([['Liste fictive pour les tests'], HEADERS, ...ROWS.map((r) => [...r])]);
  utils.book_append_sheet(wb, ws, 'Acteurs');
  return new Uint8Array(write(wb, { type: 'array', bookType }) as ArrayBuffer);
}

/** A long list for the benchmark: `n` fictional rows in the same layout, a few with problems. */
export function bigImportBook(n: number): Uint8Array {
  // Département, commune and postal code as people give them, always consistent.
  const places = [
    ['Côtes-d’Armor', 'Saint-Brieuc', ''],
    ['Finistère', '', '29200'],
    ['Loire (42)', 'Pélussin', ''],
    ['33', 'Bordeaux', '33000'],
  ] as const;
  const rows = Array.from({ length: n }, (_, i) => [
    `contact@structure-${i}.exemple.test`,
    places[i % places.length]![1],
    `Structure fictive numéro ${i}`,
    places[i % places.length]![0],
    places[i % places.length]![2],
    i % 50 === 0 ? 'Club de foot' : 'Association locale',
    'Isolement social des personnes âgées; Gouvernance et animation',
    i % 3 ? 'oui' : 'non',
    i % 3 ? '05/03/2015' : '',
    RESUME,
  ]);
  const wb = utils.book_new();
  utils.book_append_sheet(wb, utils.aoa_to_sheet([HEADERS, ...rows]), 'Acteurs');
  return new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}
