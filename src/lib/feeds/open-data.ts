// Open-data exports of the collections: JSON with its licence and JSON Schema, and
// GeoJSON (RFC 7946); the CSV files are table-schema.ts and csv.ts. Records are written as a contributor
// writes them (days as YYYY-MM-DD, times with their Paris offset), so that the
// JSON Schema of the front matter also describes the export.
import type { JsonSchema } from '../contribution/field-model.ts';
import type { Moment } from '../../schemas/shared/dates.ts';
import { isoDate, isoParis } from '../time/paris-time.ts';

export const LICENCE = {
  nom: 'Licence Ouverte / Open Licence version 2.0 (Etalab)',
  url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
  /** Its SPDX identifier, which data.gouv.fr and the Frictionless and DCAT descriptions use. */
  spdx: 'etalab-2.0',
} as const;

export type Plain = string | number | boolean | null | Plain[] | { [k: string]: Plain };

const isUtcMidnight = (d: Date) => d.getTime() % 86_400_000 === 0;

const isMoment = (v: unknown): v is Moment =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  Object.keys(v).length === 2 &&
  (v as { date?: unknown }).date instanceof Date &&
  typeof (v as { journee?: unknown }).journee === 'boolean';

/** A record's data as JSON: Dates become days or Paris times with their offset. */
export function exportValue(value: unknown): Plain | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return isUtcMidnight(value) ? isoDate(value) : isoParis(value);
  if (isMoment(value)) return value.journee ? isoDate(value.date) : isoParis(value.date);
  if (Array.isArray(value)) return value.map((v) => exportValue(v) ?? null);
  if (typeof value === 'object') {
    const out: Record<string, Plain> = {};
    for (const [k, v] of Object.entries(value)) {
      const e = exportValue(v);
      if (e !== undefined) out[k] = e;
    }
    return out;
  }
  // What is left (functions, symbols, bigints) has no JSON form.
  return undefined;
}

export interface ExportRecord {
  id: string;
  url: string;
  [field: string]: Plain;
}

/** `id` (the slug, stable) and `url` first, then the fields; drafts' flag left out (exports hold published records only). */
export function exportRecord(id: string, url: string, data: Record<string, unknown>): ExportRecord {
  const { brouillon: _draft, ...rest } = data;
  return { id, url, ...(exportValue(rest) as Record<string, Plain>) };
}

export interface ExportMeta {
  titre: string;
  description: string;
  /** Absolute address of the site. */
  source: string;
  /** Absolute address of the JSON Schema. */
  schema: string;
  generatedAt: Date;
}

export function wrapExport(meta: ExportMeta, records: readonly ExportRecord[]) {
  return {
    $schema: meta.schema,
    titre: meta.titre,
    description: meta.description,
    licence: LICENCE,
    source: meta.source,
    genere_le: meta.generatedAt.toISOString(),
    nombre: records.length,
    donnees: records,
  };
}

const META_PROPERTIES: Record<string, JsonSchema> = {
  $schema: { type: 'string', format: 'uri' },
  titre: { type: 'string' },
  description: { type: 'string' },
  licence: {
    type: 'object',
    properties: {
      nom: { type: 'string', const: LICENCE.nom },
      url: { type: 'string', const: LICENCE.url },
      spdx: { type: 'string', const: LICENCE.spdx },
    },
    required: ['nom', 'url', 'spdx'],
    additionalProperties: false,
  },
  source: { type: 'string', format: 'uri' },
  genere_le: { type: 'string', format: 'date-time' },
  nombre: { type: 'integer', minimum: 0 },
};

/** The record schema with the two fields every export adds. */
export function recordSchema(frontMatter: JsonSchema): JsonSchema {
  const { $schema: _s, ...rest } = frontMatter;
  return {
    ...rest,
    properties: {
      id: {
        type: 'string',
        pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
        title: 'Identifiant',
        description: 'Le nom du fichier de la fiche ; il ne change pas.',
      },
      url: { type: 'string', format: 'uri', title: 'Adresse', description: 'La page de la fiche sur le site.' },
      ...rest.properties,
    },
    required: ['id', 'url', ...(rest.required ?? [])],
  };
}

/** The JSON Schema of a whole JSON export: metadata and the list of records. */
export function exportJsonSchema(frontMatter: JsonSchema, meta: { titre: string; id: string }): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: meta.id,
    title: meta.titre,
    type: 'object',
    properties: { ...META_PROPERTIES, donnees: { type: 'array', items: recordSchema(frontMatter) } },
    required: ['titre', 'licence', 'source', 'genere_le', 'nombre', 'donnees'],
    additionalProperties: false,
  };
}

export interface PointRecord {
  id: string;
  collection: string;
  titre: string;
  url: string;
  commune: string;
  /** `[longitude, latitude]`. */
  coordonnees: readonly [number, number];
}

/** RFC 7946 FeatureCollection; licence, source and date as foreign members. */
export function toGeoJson(meta: Omit<ExportMeta, 'schema' | 'description'> & { schema: string }, points: readonly PointRecord[]) {
  return {
    type: 'FeatureCollection' as const,
    $schema: meta.schema,
    titre: meta.titre,
    licence: LICENCE,
    source: meta.source,
    genere_le: meta.generatedAt.toISOString(),
    features: points.map((p) => ({
      type: 'Feature' as const,
      id: `${p.collection}/${p.id}`,
      geometry: { type: 'Point' as const, coordinates: [p.coordonnees[0], p.coordonnees[1]] },
      properties: { id: p.id, collection: p.collection, titre: p.titre, url: p.url, commune: p.commune },
    })),
  };
}

export function geoJsonSchema(id: string): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: id,
    title: 'Lieux des coopérations et des événements (GeoJSON)',
    type: 'object',
    properties: {
      ...META_PROPERTIES,
      type: { const: 'FeatureCollection' },
      features: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            type: { const: 'Feature' },
            id: { type: 'string' },
            geometry: {
              type: 'object',
              properties: {
                type: { const: 'Point' },
                coordinates: {
                  type: 'array',
                  prefixItems: [
                    { type: 'number', minimum: -180, maximum: 180 },
                    { type: 'number', minimum: -90, maximum: 90 },
                  ],
                  minItems: 2,
                  maxItems: 2,
                },
              },
              required: ['type', 'coordinates'],
            },
            properties: {
              type: 'object',
              properties: {
                id: { type: 'string' },
                collection: { type: 'string' },
                titre: { type: 'string' },
                url: { type: 'string', format: 'uri' },
                commune: { type: 'string' },
              },
              required: ['id', 'collection', 'titre', 'url'],
            },
          },
          required: ['type', 'geometry', 'properties'],
        },
      },
    },
    required: ['type', 'features', 'licence', 'source', 'genere_le'],
    additionalProperties: false,
  };
}
