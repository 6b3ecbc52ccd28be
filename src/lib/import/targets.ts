// What a column of a spreadsheet can fill: the columns of the site's own open-data CSV
// (/donnees/<collection>.csv, from the same JSON Schema), so that a published CSV imports
// back as it is, plus the postal code (to find the commune) and the record's text.
import type { JsonSchema } from '../contribution/field-model.ts';
import { recordSchema } from '../feeds/open-data.ts';
import { csvColumns, type TableField } from '../feeds/table-schema.ts';
import { placements, type Placement } from './placement.ts';

export type TargetKind = 'text' | 'date' | 'time' | 'boolean' | 'integer' | 'number' | 'choice' | 'list' | 'url' | 'email';

export interface Target {
  /** The CSV column name: `lieu_commune`, `contact_email`. */
  key: string;
  /** What a person reads: the form's field title. */
  title: string;
  kind: TargetKind;
  required: boolean;
  /** Allowed values of a choice (or of each item of a list). */
  values?: string[];
}

/** Columns of the CSV that describe the page, not the record. */
const NOT_IMPORTED = new Set(['url']);

export const POSTAL_CODE: Target = { key: 'code_postal', title: 'Code postal', kind: 'text', required: false };
export const BODY: Target = { key: 'corps', title: 'Texte de la fiche', kind: 'text', required: false };

function schemaAt(root: JsonSchema, path: readonly string[]): JsonSchema | undefined {
  let node: JsonSchema | undefined = root;
  for (const seg of path) node = node?.properties?.[seg];
  return node;
}

function kindOf(f: TableField, place: Placement | undefined, frontMatter: JsonSchema): TargetKind {
  if (place?.how === 'items' || (place?.how === 'value' && schemaAt(frontMatter, place.path)?.type === 'array')) return 'list';
  if (f.constraints?.enum) return 'choice';
  if (f.format === 'uri') return 'url';
  if (f.format === 'email') return 'email';
  if (f.type === 'string') return 'text';
  return f.type;
}

/** The targets of a collection, from its front matter's JSON Schema (`collectionJsonSchema`). */
export function importTargets(frontMatter: JsonSchema): Target[] {
  const record = recordSchema(frontMatter);
  const places = placements(frontMatter);
  const targets = csvColumns(record)
    .map((c) => c.field)
    .filter((f) => !NOT_IMPORTED.has(f.name))
    .map((f): Target => {
      const enumValues = f.constraints?.enum ?? itemValues(f.constraints?.pattern);
      return {
        key: f.name,
        title: f.title ?? f.name,
        kind: kindOf(f, places.get(f.name), frontMatter),
        required: f.name !== 'id' && f.constraints?.required === true,
        ...(enumValues ? { values: enumValues } : {}),
      };
    });
  const at = targets.findIndex((t) => t.key === 'lieu_code_insee');
  if (at >= 0) targets.splice(at + 1, 0, POSTAL_CODE);
  return [...targets, BODY];
}

/** The allowed items of a list column, read back from its pattern `(?:a|b)(?:\|(?:a|b))*`. */
function itemValues(pattern: string | undefined): string[] | undefined {
  const m = /^\(\?:([A-Za-z0-9_|-]+)\)\(\?:/.exec(pattern ?? '');
  return m?.[1] ? m[1].split('|') : undefined;
}
