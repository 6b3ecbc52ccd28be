// The Frictionless Data Package (datapackage.json) of /donnees/: every file with its
// format, and each CSV with its Table Schema, so that a validator (Validata, frictionless)
// or a reuser's tool can read and check the files without guessing.
import { LICENCE } from './open-data.ts';
import type { TableSchema } from './table-schema.ts';

export type FileFormat = 'csv' | 'json' | 'geojson';

export const MEDIA_TYPES: Record<FileFormat, string> = {
  csv: 'text/csv',
  json: 'application/json',
  geojson: 'application/geo+json',
};

/** One file of /donnees/. */
export interface DataFile {
  /** File name inside /donnees/ (`cooperations.csv`). */
  path: string;
  title: string;
  description: string;
  format: FileFormat;
  /** The Table Schema of a CSV. */
  schema?: TableSchema | undefined;
}

export interface PackageMeta {
  name: string;
  title: string;
  description: string;
  /** Absolute address of the site. */
  homepage: string;
  /** Absolute address of datapackage.json. */
  id: string;
  publisher: string;
  keywords: readonly string[];
  created: Date;
}

/** A resource name: lower case, digits, `-`, `_`, `.` (Data Package spec). */
export const resourceName = (path: string) => path.toLowerCase().replace(/[^a-z0-9._-]+/g, '-');

export function dataPackage(meta: PackageMeta, files: readonly DataFile[]) {
  return {
    profile: 'data-package',
    name: meta.name,
    id: meta.id,
    title: meta.title,
    description: meta.description,
    homepage: meta.homepage,
    keywords: [...meta.keywords],
    created: meta.created.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    licenses: [{ name: LICENCE.spdx, path: LICENCE.url, title: LICENCE.nom }],
    contributors: [{ title: meta.publisher, path: meta.homepage, role: 'publisher' }],
    resources: files.map((f) => ({
      name: resourceName(f.path),
      path: f.path,
      title: f.title,
      description: f.description,
      format: f.format,
      mediatype: MEDIA_TYPES[f.format],
      encoding: 'utf-8',
      ...(f.schema
        ? {
            profile: 'tabular-data-resource',
            dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
            schema: f.schema,
          }
        : {}),
    })),
  };
}
