// The whole import of one sheet, the same for the page and for `npm run import`: each row
// read, named, compared with the centre's records and checked by the site's own checks
// (checkRecord: the schema and the record rules of the validator, the form and the relay),
// through the very file text that will be proposed. Nothing half-valid goes on.
import type { z } from 'astro/zod';
import type { CollectionName, Schemas } from '../../schemas/index.ts';
import { recordFile } from '../contribution/record-file.ts';
import { checkRecord, type RuleContext } from '../content/record.ts';
import { exportValue } from '../feeds/open-data.ts';
import type { JsonSchema } from '../contribution/field-model.ts';
import type { Header } from './assemble.ts';
import { DuplicateFinder, type Duplicate, type RecordKey } from './duplicates.ts';
import { RecordNames } from './record-names.ts';
import { columnForField, rowRecord, type RowContext, type RowProblem } from './row-record.ts';
import type { Row } from './read-sheet.ts';
import { mergeEdit, ordered } from './merge.ts';

export type Action = 'new' | 'edit' | 'unchanged' | 'skip' | 'invalid';

export interface PlannedRow {
  line: number;
  titre: string;
  /** File name without `.md`. */
  slug: string;
  action: Action;
  duplicate?: Duplicate;
  problems: RowProblem[];
  /** The record file, for new records and edits. */
  text?: string;
}

export interface Original {
  header: Header;
  body: string;
}

export interface PlanInput extends RowContext {
  collection: CollectionName;
  frontMatter: JsonSchema;
  rows: readonly Row[];
  schemas: Schemas;
  rules: RuleContext;
  existing: readonly RecordKey[];
  /** Front matter and text of the existing records that rows repeat (for edits). */
  originals: ReadonlyMap<string, Original>;
  /** What to do with a row that repeats a record or a row (default: skip, or edit when an `id` column names the record). */
  decisions?: ReadonlyMap<number, 'skip' | 'edit' | 'new'>;
  /** Publication day of new records (YYYY-MM-DD, Paris). */
  today: string;
}

const canon = (schema: z.ZodType, header: Header): string | undefined => {
  const parsed = schema.safeParse(header);
  return parsed.success ? JSON.stringify(exportValue(parsed.data)) : undefined;
};

function firstSite(h: Header): { site?: string; email?: string } {
  const contact = (h.contact ?? {}) as { site?: unknown; email?: unknown };
  return {
    ...(typeof contact.site === 'string' ? { site: contact.site } : {}),
    ...(typeof contact.email === 'string' ? { email: contact.email } : {}),
  };
}

/** Every row planned, in order. */
export function planImport(input: PlanInput): PlannedRow[] {
  return [...planRows(input)];
}

/** The rows one at a time, so that the page can let the browser breathe between them. */
export function* planRows(input: PlanInput): Generator<PlannedRow> {
  const names = new RecordNames(input.existing.map((r) => r.id));
  const finder = new DuplicateFinder(input.existing);
  const schema = input.schemas[input.collection] as z.ZodType;
  for (const row of input.rows) yield planRow(row, input, names, finder, schema);
}

function planRow(row: Row, input: PlanInput, names: RecordNames, finder: DuplicateFinder, schema: z.ZodType): PlannedRow {
  const rr = rowRecord(row.line, row.cells, input);
  const titre = typeof rr.header.titre === 'string' ? rr.header.titre : '';
  const departements = Array.isArray(rr.header.departements) ? (rr.header.departements as string[]) : [];
  const duplicate = finder.check(row.line, { titre, departements, ...firstSite(rr.header), ...(rr.id ? { id: rr.id } : {}) });
  // A row that names its record in an `id` column (a CSV of the site) is an edit of it.
  const named = duplicate?.of === 'record' && rr.id === duplicate.id;
  const decision = duplicate ? (input.decisions?.get(row.line) ?? (named ? 'edit' : 'skip')) : 'new';
  const out: PlannedRow = { line: row.line, titre, slug: '', action: 'skip', problems: rr.problems, ...(duplicate ? { duplicate } : {}) };
  if (decision === 'skip') return out;
  const original = duplicate?.of === 'record' && decision === 'edit' ? input.originals.get(duplicate.id) : undefined;
  if (decision === 'edit' && !original) {
    out.problems = [
      ...rr.problems,
      { line: row.line, column: 'Fiche', message: 'la fiche existante n’a pas pu être lue : réessayez, ou ne gardez pas cette ligne' },
    ];
    out.action = 'invalid';
    return out;
  }
  // An edit keeps its file's order of fields (a smaller change to review); a new record follows the schema's.
  const header = original ? mergeEdit(original.header, rr.header) : ordered({ publie_le: input.today, ...rr.header }, input.frontMatter);
  const body = rr.body || original?.body || '';
  out.slug = original && duplicate?.of === 'record' ? duplicate.id : names.next(titre);
  const text = recordFile(header as Parameters<typeof recordFile>[0], body);
  const check = checkRecord(input.collection, `${out.slug}.md`, text, input.schemas, input.rules);
  // A cell that could not be read already has its message: the field it left empty would only repeat it.
  const unread = new Set(rr.problems.map((p) => p.column));
  const checked = check.problems
    .map((p): RowProblem => ({ line: row.line, column: columnForField(p.field, input), message: p.message }))
    .filter((p) => !unread.has(p.column));
  const problems = [...rr.problems, ...checked];
  out.problems = problems;
  if (problems.length > 0) {
    out.action = 'invalid';
    return out;
  }
  if (original && body === original.body.trim() && canon(schema, header) === canon(schema, original.header)) {
    out.action = 'unchanged';
    return out;
  }
  out.action = original ? 'edit' : 'new';
  out.text = text;
  return out;
}
