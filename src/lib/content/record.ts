// Checks one record from its text alone: file name, header, YAML, schema and the
// rules that need nothing but the record. The pure entry point that the build,
// `npm run validate` and the proposal relay share: no file system, no Node module;
// what the rules need from outside (communes, Markdown parser) comes in a RuleContext
// (NODE_RULE_CONTEXT in Node, the relay's own on Workers).
import type { z } from 'astro/zod';
import { COLLECTIONS, createSchemas, type CollectionName, type Schemas } from '../../schemas/index.ts';
import { SLUG_PATTERN } from '../../schemas/shared/text.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { slugify } from '../text/fold.ts';
import { CODES_DEPARTEMENTS, CODES_REGIONS } from '../territories/territoires.ts';
import type { Located } from './positions.ts';
import type { Problem } from './problem.ts';
import type { RuleContext } from './rules/context.ts';
import { RECORD_RULES, placeholderProblems, referenceProblems, type Referencing } from './rules/index.ts';
import type { ParsedRecord } from './rules/types.ts';
import { issueProblems } from './schema-issues.ts';
import { readYaml } from './yaml.ts';

export type { ParsedRecord, RuleContext };

export interface RecordCheck {
  problems: Problem[];
  /** The record, when its header passed the schema. */
  record?: ParsedRecord;
  /** The header as read, when only the schema failed: its references are still checked. */
  partial?: { raw: Record<string, unknown>; at: Located };
}

/** A record's id: its file name without `.md`. */
export const recordId = (name: string): string => name.replace(/\.md$/, '');

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks the text of one record file (`name` like `monalisa-22.md`), as it would be
 * checked in `content/<collection>/`. `file` is the path shown in messages.
 * Never throws for a content problem.
 */
export function checkRecord(collection: CollectionName, name: string, text: string, schemas: Schemas, context: RuleContext, file = `${collection}/${name}`): RecordCheck {
  const problems: Problem[] = [];
  const slug = recordId(name);
  if (!SLUG_PATTERN.test(slug)) {
    problems.push({ file, line: 1, message: `nom de fichier invalide : utilisez des minuscules sans accents, des chiffres et des tirets, par exemple « ${slugify(slug) || 'nom-de-la-fiche'}.md »` });
  }
  problems.push(...placeholderProblems(text, file));
  const split = splitFrontmatter(text);
  if (!split.ok) return { problems: [...problems, { file, line: split.line, message: split.message }] };
  const { yaml, yamlLine, body, bodyLine } = split.value;
  const parsed = readYaml(yaml);
  if (!parsed.ok) {
    for (const p of parsed.problems) problems.push({ file, line: p.line + yamlLine - 1, column: p.column, message: p.message });
    return { problems };
  }
  const at: Located = { doc: parsed.doc, counter: parsed.counter, firstLine: yamlLine };
  const raw = parsed.value ?? {};
  if (!isPlainObject(raw)) {
    return { problems: [...problems, { file, line: yamlLine, message: 'l’en-tête doit être une suite de lignes « champ: valeur » (titre: …, resume: …)' }] };
  }
  const schema = schemas[collection] as z.ZodType;
  const result = schema.safeParse(raw);
  if (!result.success) {
    problems.push(...issueProblems(result.error.issues, schema, file, at));
    return { problems, partial: { raw, at } };
  }
  const record: ParsedRecord = { collection, slug, file, data: result.data as Record<string, unknown>, raw, body, bodyLine, at };
  for (const rule of RECORD_RULES) problems.push(...rule(record, context));
  return { problems, record };
}

/** The other records of the repository, for the references of a single record. */
export interface KnownRecords {
  /** Ids (file names without `.md`) of each collection's records. */
  ids: Readonly<Record<CollectionName, readonly string[]>>;
  /** `collection/id` of the records that are drafts, when known. */
  drafts?: ReadonlySet<string>;
}

/**
 * The pure entry point for one record's text (the proposal relay calls it): the
 * problems of `text` as `content/<collection>/<name>`, given the site's theme ids.
 * With `known`, its references are checked as `npm run validate` checks them in the
 * folder: the text takes the place of any record of the same name (an edit), so
 * its old version is not counted. Sorted by line. Never throws; an internal error
 * becomes a problem on line 1.
 */
export function validateRecordText(collection: CollectionName, name: string, text: string, themes: readonly string[], context: RuleContext, known?: KnownRecords): Problem[] {
  const file = `${collection}/${name}`;
  try {
    const schemas = createSchemas({ themes, departements: CODES_DEPARTEMENTS, regions: CODES_REGIONS });
    const check = checkRecord(collection, name, text, schemas, context, file);
    const problems = [...check.problems];
    if (known) {
      const slug = recordId(name);
      const header = check.record ? { data: check.record.data, at: check.record.at } : check.partial ? { data: check.partial.raw, at: check.partial.at } : undefined;
      if (header) {
        const self: Referencing = { collection, slug, file, ...header, draft: header.data.brouillon === true };
        const others = knownTargets(known, self);
        problems.push(...referenceProblems([self, ...others]));
      }
    }
    return problems.sort((a, b) => a.line - b.line);
  } catch (error) {
    return [internalProblem(file, error)];
  }
}

/** The other records, known by id only: targets of references, holding none to check. */
function knownTargets(known: KnownRecords, self: Referencing): Referencing[] {
  return COLLECTIONS.flatMap((c) => {
    // The edited record's old version is not counted. No collection refers to its own yet, so it
    // could only matter to a record citing itself, which no schema allows.
    // Stryker disable next-line all: unobservable until a collection refers to its own
    const ids = known.ids[c].filter((id) => !(c === self.collection && id === self.slug));
    return ids.map(
        (id): Referencing => ({
          collection: c,
          slug: id,
          // Stryker disable next-line StringLiteral: a target's file never shows in a message (it holds no reference)
          file: `${c}/${id}.md`,
          data: {},
          at: self.at,
          draft: known.drafts?.has(`${c}/${id}`) ?? false,
        }),
    );
  });
}

/** The header of a record's text as written, when it reads as YAML fields; undefined otherwise. */
export function recordHeader(text: string): Record<string, unknown> | undefined {
  const split = splitFrontmatter(text);
  if (!split.ok) return undefined;
  const parsed = readYaml(split.value.yaml);
  return parsed.ok && isPlainObject(parsed.value) ? parsed.value : undefined;
}

/** A bug of the checker, reported on the file it was checking rather than as a stack trace. */
export function internalProblem(file: string, error: unknown): Problem {
  const detail = error instanceof Error ? error.message : String(error);
  return { file, line: 1, message: `erreur interne du vérificateur en lisant ce fichier (${detail}) : signalez-la aux mainteneurs ; les autres fichiers ont bien été vérifiés` };
}
