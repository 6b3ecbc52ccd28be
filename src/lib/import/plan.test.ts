import { describe, expect, test } from 'vitest';
import { portableMarkdown } from '../content/portable-markdown.ts';
import { indexCommunes } from '../territories/commune-index.ts';
import { planImport, type PlanInput } from './plan.ts';
import { matchColumns } from './match-columns.ts';
import { importSetup } from './setup.ts';
import type { Row } from './read-sheet.ts';

// Made-up communes and records: the plan is tested on its rules; real data in scripts/lib/import-run.test.ts.
const communes = indexCommunes([{ code: '22278', nom: 'Saint-Fictif', departement: '22', codesPostaux: ['22000'] }]);
const setup = importSetup('acteurs', [{ id: 'gouvernance', titre: 'Gouvernance et animation' }], {});
const RESUME = 'Une structure imaginaire, écrite pour vérifier le plan d’import ligne par ligne.';
const headers = ['Nom', 'Département', 'Type', 'Thèmes', 'Code postal', 'Description', 'Site internet'];

function plan(rows: Array<Row['cells']>, extra: Partial<PlanInput> = {}) {
  return planImport({
    collection: 'acteurs',
    frontMatter: setup.frontMatter,
    rows: rows.map((cells, i) => ({ line: i + 2, cells })),
    schemas: setup.schemas,
    rules: { communes, markdown: portableMarkdown },
    existing: [{ id: 'maison-fictive', titre: 'Maison fictive', departements: ['22'], site: 'https://maison.exemple.test/' }],
    originals: new Map([
      [
        'maison-fictive',
        {
          header: {
            titre: 'Maison fictive',
            resume: RESUME,
            type: 'ccas',
            themes: ['gouvernance'],
            departements: ['22'],
            publie_le: '2026-01-10',
          },
          body: 'Texte gardé.',
        },
      ],
    ]),
    headers,
    matching: matchColumns(headers, setup.targets),
    targets: setup.targetMap,
    places: setup.places,
    vocab: setup.vocab,
    communes,
    today: '2026-12-02',
    ...extra,
  });
}

describe('planImport', () => {
  test('a good row becomes a new record published today, its commune found by postal code', () => {
    const [row] = plan([['Équipe fictive', 'Côtes-d’Armor', 'CCAS', 'Gouvernance et animation', '22000', RESUME, '']]);
    expect(row).toMatchObject({ line: 2, slug: 'equipe-fictive', action: 'new', problems: [] });
    expect(row?.text).toContain('publie_le: 2026-12-02');
    expect(row?.text).toContain('code_insee: "22278"');
  });

  test('problems name the row and the column as the sheet titles it; nothing half-valid goes on', () => {
    const [row] = plan([['Équipe fictive', 'Atlantide', 'CCAS', 'Gouvernance et animation', '', 'Trop court.', '']]);
    expect(row?.action).toBe('invalid');
    expect(row?.text).toBeUndefined();
    expect(row?.problems.map((p) => [p.line, p.column])).toEqual([
      [2, 'Département'],
      [2, 'Description'],
    ]);
  });

  test('a row that repeats a record or an earlier row is left out unless proposed as an edit', () => {
    const rows: Array<Row['cells']> = [
      ['Maison Fictive', '22', 'Centre social', '', '', '', ''],
      ['Autre fictive', '', 'CCAS', 'gouvernance', '', RESUME, 'maison.exemple.test'],
      ['Équipe fictive', '22', 'CCAS', 'gouvernance', '', RESUME, ''],
      ['equipe fictive', '22', 'CCAS', 'gouvernance', '', RESUME, ''],
    ];
    const first = plan(rows);
    expect(first.map((r) => [r.action, r.duplicate])).toEqual([
      ['skip', { of: 'record', id: 'maison-fictive', titre: 'Maison fictive' }],
      ['invalid', undefined],
      ['new', undefined],
      ['skip', { of: 'row', line: 4 }],
    ]);
    const edited = plan(rows, { decisions: new Map([[2, 'edit']]) });
    expect(edited[0]).toMatchObject({ action: 'edit', slug: 'maison-fictive' });
    expect(edited[0]?.text).toContain('type: "centre_social"');
    expect(edited[0]?.text).toContain('Texte gardé.');
    const same = plan([['Maison fictive', '22', 'CCAS', '', '', '', '']], { decisions: new Map([[2, 'edit']]) });
    expect(same[0]?.action).toBe('unchanged');
  });
});
