// `npm run import`'s work without its printing: the same pieces as the page
// (src/lib/import/), with the repository's records for duplicates and edits.
import { readSpreadsheet, type Sheet } from '../../src/lib/import/read-sheet.ts';
import { matchColumns, type Matching } from '../../src/lib/import/match-columns.ts';
import { planImport, type PlannedRow } from '../../src/lib/import/plan.ts';
import { importSetup, type ImportSetup } from '../../src/lib/import/setup.ts';
import { NODE_RULE_CONTEXT } from '../../src/lib/content/node-context.ts';
import type { CollectionName } from '../../src/schemas/index.ts';
import { readRepository } from './import-content.ts';

export interface RunOptions {
  bytes: Uint8Array;
  fileName: string;
  collection: CollectionName;
  /** The content folder. */
  dir: string;
  /** Name of the sheet; the first visible one by default. */
  sheet?: string;
  /** Propose every duplicate of an existing record as an edit of it. */
  overwrite?: boolean;
  today: string;
}

export type RunResult =
  { ok: false; message: string } | { ok: true; sheet: Sheet; notes: string[]; matching: Matching; setup: ImportSetup; rows: PlannedRow[] };

export function runImport(o: RunOptions): RunResult {
  const read = readSpreadsheet(o.bytes, o.fileName);
  if (!read.ok) return read;
  const sheet = o.sheet ? read.sheets.find((s) => s.name === o.sheet) : read.sheets[0];
  if (!sheet)
    return {
      ok: false,
      message: `Aucune feuille « ${o.sheet ?? ''} » dans ce fichier (feuilles : ${read.sheets.map((s) => s.name).join(', ')}).`,
    };
  const repo = readRepository(o.dir);
  const setup = importSetup(o.collection, repo.themes, repo.records);
  const matching = matchColumns(sheet.headers, setup.targets);
  const rows = sheet.rows;
  const plan = (decisions?: Map<number, 'edit'>) =>
    planImport({
      collection: o.collection,
      frontMatter: setup.frontMatter,
      rows,
      schemas: setup.schemas,
      rules: NODE_RULE_CONTEXT,
      existing: repo.keys(o.collection),
      originals: repo.originals(o.collection),
      headers: sheet.headers,
      matching,
      targets: setup.targetMap,
      places: setup.places,
      vocab: setup.vocab,
      communes: NODE_RULE_CONTEXT.communes,
      today: o.today,
      ...(decisions ? { decisions } : {}),
    });
  let planned = plan();
  if (o.overwrite) planned = plan(new Map(planned.filter((r) => r.duplicate?.of === 'record').map((r) => [r.line, 'edit' as const])));
  return { ok: true, sheet, notes: [...read.notes, ...sheet.notes], matching, setup, rows: planned };
}
