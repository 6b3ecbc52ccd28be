// Checks every file of a content folder and reports every problem with its file,
// line and field, in French. Used by `npm run validate`, by the build (the content
// guard) and by the collections' loader, so that all three agree.
// Each rule lives in its own file under src/lib/content/.
import path from 'node:path';
import type { z } from 'astro/zod';
import { createSchemas } from '../../schemas/index.ts';
import { chiffresFileSchema, themesFileSchema, type Chiffre, type Theme } from '../../schemas/donnees.ts';
import { CODES_DEPARTEMENTS, CODES_REGIONS } from '../territories/territoires.ts';
import { lineOf, type Located } from './positions.ts';
import { type Problem } from './problem.ts';
import { NODE_RULE_CONTEXT } from './node-context.ts';
import { checkRecord, internalProblem, recordId, type ParsedRecord } from './record.ts';
import type { CheckCache, StoredCheck } from './check-cache.ts';
import { referenceProblems, type Referencing } from './rules/index.ts';
import { issueProblems } from './schema-issues.ts';
import { readText, readTree } from './tree.ts';
import { readYaml } from './yaml.ts';

export { formatProblem, type Problem } from './problem.ts';

/** A record that passed every check, as the collections' loader receives it (header as written in `raw`). */
export type ValidRecord = Pick<ParsedRecord, 'collection' | 'slug' | 'file' | 'data' | 'raw' | 'body'>;

export interface ValidationResult {
  problems: Problem[];
  records: ValidRecord[];
  themes: Theme[];
  chiffres: Chiffre[];
  /** Record files read, valid or not. */
  files: number;
}

export interface ValidateOptions {
  /** Base for the paths shown in messages. */
  cwd?: string;
  /** Checks of unchanged files from the previous run (the build's; `npm run validate` checks all). */
  cache?: CheckCache;
}

/** Data files are small lists; 1 Mo leaves room for years of figures. */
const MAX_DATA_BYTES = 1024 * 1024;

function displayPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return (rel.startsWith('..') ? file : rel).split(path.sep).join('/');
}

function readYamlData<T>(file: string, schema: z.ZodType<T>, problems: Problem[], what: string): { value: T; at: Located } | undefined {
  const read = readText(file, MAX_DATA_BYTES, '1 Mo');
  if (!read.ok) {
    problems.push(read.problem.message === 'fichier manquant' ? { file, line: 1, message: `fichier manquant : ${what}` } : read.problem);
    return undefined;
  }
  const parsed = readYaml(read.text);
  if (!parsed.ok) {
    for (const p of parsed.problems) problems.push({ file, line: p.line, column: p.column, message: p.message });
    return undefined;
  }
  const at: Located = { doc: parsed.doc, counter: parsed.counter, firstLine: 1 };
  const result = schema.safeParse(parsed.value);
  if (!result.success) {
    problems.push(...issueProblems(result.error.issues, undefined, file, at));
    return undefined;
  }
  return { value: result.data, at };
}

export function validateContent(dir: string, options: ValidateOptions = {}): ValidationResult {
  const cwd = options.cwd ?? process.cwd();
  const problems: Problem[] = [];
  const themesFile = path.join(dir, 'themes.yaml');
  const tree = readTree(dir);
  problems.push(...tree.problems);
  const themes = readYamlData(themesFile, themesFileSchema, problems, 'la liste des thèmes (content/themes.yaml)');
  if (themes) {
    const seen = new Set<string>();
    themes.value.forEach((t, i) => {
      if (seen.has(t.id)) problems.push({ file: themesFile, line: lineOf(themes.at, [i, 'id']), field: `[${i}].id`, message: `le thème « ${t.id} » est déjà défini plus haut` });
      seen.add(t.id);
    });
  }
  const themeIds = themes?.value.map((t) => t.id) ?? [];
  const schemas = createSchemas({ themes: themeIds, departements: CODES_DEPARTEMENTS, regions: CODES_REGIONS });

  const valid: ValidRecord[] = [];
  const referencing: Referencing[] = [];
  for (const { collection, name, file } of tree.records) {
    // One broken file never stops the others, and a bug of a rule is reported on its file.
    try {
      const read = readText(file);
      if (!read.ok) {
        problems.push(read.problem);
        continue;
      }
      const fresh = () => checkRecord(collection, name, read.text, schemas, NODE_RULE_CONTEXT, file);
      const remembered = options.cache && { cache: options.cache, key: options.cache.key(file, read.text, themeIds) };
      let check: StoredCheck | undefined = remembered?.cache.get(remembered.key);
      if (!check) {
        const checked = fresh();
        remembered?.cache.set(remembered.key, checked);
        check = checked;
      }
      // YAML positions, read again only when a problem found across records needs its line: a
      // remembered check has none, and such problems are few.
      const at = () => {
        const again = fresh();
        return (again.record ?? again.partial)!.at;
      };
      problems.push(...check.problems);
      const slug = recordId(name);
      if (check.record) {
        const { data, raw, body } = check.record;
        valid.push({ collection, slug, file, data, raw, body });
        referencing.push({ collection, slug, file, data, get at() { return at(); }, draft: data.brouillon === true });
      } else if (check.partial) {
        const { raw } = check.partial;
        referencing.push({ collection, slug, file, data: raw, get at() { return at(); }, draft: raw.brouillon === true });
      }
    } catch (error) {
      problems.push(internalProblem(file, error));
    }
  }
  try {
    problems.push(...referenceProblems(referencing));
  } catch (error) {
    problems.push(internalProblem(dir, error));
  }

  const chiffresFile = path.join(dir, 'chiffres.yaml');
  const chiffres = readYamlData(chiffresFile, chiffresFileSchema, problems, 'les chiffres clés (content/chiffres.yaml)');
  if (chiffres) {
    const all = new Set(valid.map((r) => r.slug));
    chiffres.value.forEach((c, i) => {
      if (c.fiche && !all.has(c.fiche)) {
        problems.push({ file: chiffresFile, line: lineOf(chiffres.at, [i, 'fiche']), field: `[${i}].fiche`, message: `« ${c.fiche} » ne correspond à aucune fiche` });
      }
    });
  }

  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  for (const p of problems) p.file = displayPath(p.file, cwd);
  return {
    problems,
    records: valid.map((r) => ({ ...r, file: displayPath(r.file, cwd) })),
    themes: themes?.value ?? [],
    chiffres: chiffres?.value ?? [],
    files: tree.records.length,
  };
}
