// All the records of an import as one .zip of record files, laid out as in the repository
// (content/<collection>/<name>.md), so that a maintainer drops the folder in as it is.
import { strToU8, zipSync } from 'fflate';

export interface RecordFileOut {
  collection: string;
  slug: string;
  text: string;
}

export const zipPath = (f: Pick<RecordFileOut, 'collection' | 'slug'>): string => `content/${f.collection}/${f.slug}.md`;

/** A fixed date for every entry: the same records give the same archive. */
const MTIME = new Date('2026-01-01T00:00:00Z');

export function zipRecords(files: readonly RecordFileOut[]): Uint8Array {
  return zipSync(Object.fromEntries(files.map((f) => [zipPath(f), [strToU8(f.text), { mtime: MTIME }]])), { level: 6 });
}
