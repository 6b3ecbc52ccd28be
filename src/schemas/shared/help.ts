// The contributor-facing help every field carries (title, help text, example: the form, the
// JSON Schemas and the field reference are generated from it), and enum values with their labels.
import { z } from 'astro/zod';

/** What the schemas need to know about the content and the official lists. */
export interface SchemaContext {
  /** Theme ids from content/themes.yaml. */
  themes: readonly string[];
  /** INSEE codes of the 101 départements. */
  departements: readonly string[];
  /** INSEE codes of the 18 régions. */
  regions: readonly string[];
}

export interface FieldHelp {
  titre: string;
  aide: string;
  exemple?: unknown;
}

/** Attaches the contributor-facing label, help and example to a field. */
export function help<T extends z.ZodType>(schema: T, { titre, aide, exemple }: FieldHelp): T {
  const description = exemple === undefined ? aide : `${aide} Exemple : ${JSON.stringify(exemple)}`;
  // `.meta` is zod 4's `.describe` plus a title and examples, in one registry entry.
  return schema.meta({ title: titre, description, ...(exemple === undefined ? {} : { examples: [exemple] }) });
}

/** Allowed values of a field, each with its French label, as one record (the habit of withastro/docs' `logos.ts`). */
export type Labels = Readonly<Record<string, string>>;

/** The values of a labels record, as the non-empty tuple `z.enum` wants. */
export function valuesOf<const T extends Labels>(labels: T): [keyof T & string, ...Array<keyof T & string>] {
  return Object.keys(labels) as [keyof T & string, ...Array<keyof T & string>];
}

/** An enum whose values are the keys of a labels record: a value without its label cannot exist. */
export function enumOf<const T extends Labels>(labels: T) {
  return z.enum(valuesOf(labels));
}
