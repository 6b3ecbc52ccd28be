// Checks every file of a content folder and reports every problem with its file,
// line and field, in French. Used by `npm run validate` and by the build. The checks of one
// record file live in record-check.ts (no file system), shared with the proposal relay.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Document, LineCounter } from 'yaml';
import type { z } from 'astro/zod';
import { COLLECTIONS, createSchemas, type CollectionName } from '../../schemas/index.ts';
import { chiffresFileSchema, themesFileSchema, type Chiffre, type Theme } from '../../schemas/donnees.ts';
import { commune } from '../territories/communes.ts';
import { CODES_DEPARTEMENTS, CODES_REGIONS } from '../territories/territoires.ts';
import { checkRecordFile, checkReferences, issueProblems, lineOf, parseYaml, yamlErrorMessage, type ParsedRecord, type Problem } from './record-check.ts';

export { fieldPath, PLACEHOLDER, type Problem } from './record-check.ts';

export interface ValidRecord {
  collection: CollectionName;
  slug: string;
  file: string;
  data: Record<string, unknown>;
  body: string;
}

export interface ValidationResult {
  problems: Problem[];
  records: ValidRecord[];
  themes: Theme[];
  chiffres: Chiffre[];
  /** Files read, valid or not. */
  files: number;
}

function displayPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return (rel.startsWith('..') ? file : rel).split(path.sep).join('/');
}

function readYamlData<T>(
  file: string,
  schema: z.ZodType<T>,
  problems: Problem[],
  what: string,
): { value: T; doc: Document; counter: LineCounter } | undefined {
  if (!existsSync(file)) {
    problems.push({ file, line: 1, message: `fichier manquant : ${what}` });
    return undefined;
  }
  const { doc, counter } = parseYaml(readFileSync(file, 'utf8'));
  if (doc.errors.length) {
    for (const e of doc.errors) problems.push({ file, line: e.linePos?.[0].line ?? 1, message: yamlErrorMessage(e.code, e.message) });
    return undefined;
  }
  const result = schema.safeParse(doc.toJS());
  if (!result.success) {
    problems.push(...issueProblems(result.error.issues, () => [], file, doc, counter, 1));
    return undefined;
  }
  return { value: result.data, doc, counter };
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && /\.mdx?$/.test(e.name) && !e.name.startsWith('_'))
    .map((e) => e.name)
    .sort();
}

export interface ValidateOptions {
  /** Base for the paths shown in messages. */
  cwd?: string;
}

export function validateContent(dir: string, options: ValidateOptions = {}): ValidationResult {
  const cwd = options.cwd ?? process.cwd();
  const problems: Problem[] = [];
  const themesFile = path.join(dir, 'themes.yaml');
  const themes = readYamlData(themesFile, themesFileSchema, problems, 'la liste des thèmes (content/themes.yaml)');
  if (themes) {
    const seen = new Map<string, number>();
    themes.value.forEach((t, i) => {
      if (seen.has(t.id)) problems.push({ file: themesFile, line: lineOf(themes.doc, themes.counter, [i, 'id'], 1, 1), field: `[${i}].id`, message: `le thème « ${t.id} » est déjà défini plus haut` });
      seen.set(t.id, i);
    });
  }
  const themeIds = themes?.value.map((t) => t.id) ?? [];
  const schemas = createSchemas({ themes: themeIds, departements: CODES_DEPARTEMENTS, regions: CODES_REGIONS });

  const loaded: ParsedRecord[] = [];
  const unchecked: ParsedRecord[] = [];
  let files = 0;
  const knownFolders = new Set<string>(COLLECTIONS);
  if (existsSync(dir)) {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && !knownFolders.has(entry.name) && !entry.name.startsWith('.') && !entry.name.startsWith('_')) {
        problems.push({ file: path.join(dir, entry.name), line: 1, message: `dossier inconnu : les fiches vont dans ${COLLECTIONS.join(', ')}` });
      }
    }
  } else {
    problems.push({ file: dir, line: 1, message: 'dossier de contenu introuvable (vérifiez CONTENT_DIR)' });
  }

  for (const collection of COLLECTIONS) {
    const folder = path.join(dir, collection);
    const slugs = new Map<string, string>();
    for (const name of listFiles(folder)) {
      files++;
      const file = path.join(folder, name);
      const slug = name.replace(/\.mdx?$/, '');
      const other = slugs.get(slug);
      if (other) {
        problems.push({ file, line: 1, message: `deux fichiers ont le même identifiant « ${slug} » (${other} et ${name}) : renommez l’un des deux` });
        continue;
      }
      slugs.set(slug, name);
      const checked = checkRecordFile({ collection, name, file, text: readFileSync(file, 'utf8'), schemas });
      problems.push(...checked.problems);
      if (checked.record?.valid) loaded.push(checked.record);
      else if (checked.record) unchecked.push(checked.record);
    }
  }

  // A record with errors still exists: pointing to it is not a second error.
  const ids = Object.fromEntries(
    COLLECTIONS.map((c) => [c, new Set([...loaded, ...unchecked].filter((r) => r.collection === c).map((r) => r.slug))]),
  ) as Record<CollectionName, Set<string>>;
  problems.push(...checkReferences([...loaded, ...unchecked], ids, commune));

  const chiffresFile = path.join(dir, 'chiffres.yaml');
  const chiffres = readYamlData(chiffresFile, chiffresFileSchema, problems, 'les chiffres clés (content/chiffres.yaml)');
  if (chiffres) {
    const all = new Set(loaded.map((r) => r.slug));
    chiffres.value.forEach((c, i) => {
      if (c.fiche && !all.has(c.fiche)) {
        problems.push({ file: chiffresFile, line: lineOf(chiffres.doc, chiffres.counter, [i, 'fiche'], 1, 1), field: `[${i}].fiche`, message: `« ${c.fiche} » ne correspond à aucune fiche` });
      }
    });
  }

  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  for (const p of problems) p.file = displayPath(p.file, cwd);
  return {
    problems,
    records: loaded.map(({ collection, slug, file, data, body }) => ({ collection, slug, file: displayPath(file, cwd), data, body })),
    themes: themes?.value ?? [],
    chiffres: chiffres?.value ?? [],
    files,
  };
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.field ? `${p.field} — ` : ''}${p.message}`;
}
