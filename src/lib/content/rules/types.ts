import type { CollectionName } from '../../../schemas/index.ts';
import type { Located } from '../positions.ts';
import type { Problem } from '../problem.ts';

/** A record whose header passed its collection's schema. */
export interface ParsedRecord {
  collection: CollectionName;
  slug: string;
  /** Path shown in messages. */
  file: string;
  /** The header after the schema (defaults, Dates, normalised codes). */
  data: Record<string, unknown>;
  /** The header as written (text stays text). */
  raw: Record<string, unknown>;
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
  at: Located;
}

/** A check that needs only the record. */
export type RecordRule = (record: ParsedRecord) => Problem[];
