// Checks every file of a content folder and reports every problem with its file,
// line and field, in French. Used by `npm run validate` and by the build.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { z } from 'astro/zod';
import { DESCRIPTORS, COLLECTIONS, createSchemas, type CollectionName } from '../../schemas/index.ts';
import { referencesOf } from '../../schemas/collections.ts';
import { chiffresFileSchema, themesFileSchema, type Chiffre, type Theme } from '../../schemas/donnees.ts';
import { SLUG_PATTERN } from '../../schemas/shared.ts';
import { commune } from '../territories/communes.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { slugify } from './slugs.ts';
import { CODES_DEPARTEMENTS, CODES_REGIONS, departement } from '../territories/territoires.ts';
import { checkMdxBody } from './mdx-safety.ts';

export interface Problem {
  file: string;
  line: number;
  /** Path of the field, as a contributor reads it: `themes[1]`, `lieu.code_insee`. */
  field?: string;
  message: string;
}

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

type Segment = string | number;

/** The mark the templates of `npm run new` leave where the contributor must write. */
export const PLACEHOLDER = 'À REMPLIR';

export function fieldPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else out += out ? `.${String(s)}` : String(s);
  }
  return out;
}

/** Finds the line of a field in a YAML document: the key's line, or its closest existing parent's. */
function lineOf(doc: Document, counter: LineCounter, segments: readonly Segment[], firstLine: number, fallback: number): number {
  let node: unknown = doc.contents;
  let line = fallback;
  const toLine = (offset: number | undefined) => (offset === undefined ? line : counter.linePos(offset).line + firstLine - 1);
  for (const seg of segments) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return line;
      line = toLine((pair.key as YamlNode).range?.[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as YamlNode | undefined;
      if (!item) return line;
      line = toLine(item.range?.[0]);
      node = item;
    } else {
      return line;
    }
  }
  return line;
}

function displayPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return (rel.startsWith('..') ? file : rel).split(path.sep).join('/');
}

function parseYaml(text: string) {
  const counter = new LineCounter();
  // The core schema keeps dates as text, so the schemas check how they are written.
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  return { doc, counter };
}

function yamlErrorMessage(code: string, message: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'ce champ est écrit deux fois : gardez-en un seul';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return `la mise en forme YAML est incorrecte (indentation ou caractère manquant) : ${message.split('\n')[0]}`;
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'une ligne semble coupée : un texte qui contient « : » doit être entre guillemets';
    default:
      return `erreur de syntaxe YAML : ${message.split('\n')[0]}`;
  }
}

function issueProblems(
  issues: readonly z.core.$ZodIssue[],
  known: (segments: readonly Segment[]) => string[],
  file: string,
  doc: Document,
  counter: LineCounter,
  firstLine: number,
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const base = issue.path.filter((s): s is Segment => typeof s === 'string' || typeof s === 'number');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const segments = [...base, key];
        problems.push({ file, line: lineOf(doc, counter, segments, firstLine, 1), field: fieldPath(segments), message: `le champ « ${key} » n'existe pas ici${nearest(key, new Set(known(base)))} (liste des champs : CONTRIBUTING.md)` });
      }
      continue;
    }
    // A union reports its branches' issues; the most specific text branch tells the most.
    let message = issue.message;
    if (issue.code === 'invalid_union') {
      const branch = issue.errors.map((e) => e.find((i) => i.code !== 'invalid_type')).find(Boolean);
      message = branch?.message ?? issue.message;
    }
    problems.push({ file, line: lineOf(doc, counter, base, firstLine, 1), field: base.length ? fieldPath(base) : undefined, message });
  }
  return problems;
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

interface Loaded extends ValidRecord {
  doc: Document;
  counter: LineCounter;
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

  const loaded: Loaded[] = [];
  const unchecked: Loaded[] = [];
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
      if (!SLUG_PATTERN.test(slug)) {
        problems.push({ file, line: 1, message: `nom de fichier invalide : utilisez des minuscules sans accents, des chiffres et des tirets, par exemple « ${slugify(slug)}.md »` });
      }
      const other = slugs.get(slug);
      if (other) {
        problems.push({ file, line: 1, message: `deux fichiers ont le même identifiant « ${slug} » (${other} et ${name}) : renommez l’un des deux` });
        continue;
      }
      slugs.set(slug, name);
      const text = readFileSync(file, 'utf8');
      text.split(/\r?\n/).forEach((line, i) => {
        if (line.includes(PLACEHOLDER)) problems.push({ file, line: i + 1, message: `remplacez le texte « ${PLACEHOLDER} » par le vrai contenu` });
      });
      const split = splitFrontmatter(text);
      if (!split.ok) {
        problems.push({ file, line: split.line, message: split.message });
        continue;
      }
      const { doc, counter } = parseYaml(split.value.yaml);
      if (doc.errors.length) {
        for (const e of doc.errors) {
          problems.push({ file, line: (e.linePos?.[0].line ?? 1) + split.value.yamlLine - 1, message: yamlErrorMessage(e.code, e.message) });
        }
        continue;
      }
      const raw = doc.toJS() ?? {};
      const result = schemas[collection].safeParse(raw);
      if (!result.success) {
        problems.push(...issueProblems(result.error.issues, (segs) => knownKeys(schemas[collection], segs), file, doc, counter, split.value.yamlLine));
        // References are still checked, so that one run lists every problem.
        if (raw && typeof raw === 'object') unchecked.push({ collection, slug, file, data: raw as Record<string, unknown>, body: '', doc, counter });
        continue;
      }
      const data = result.data as Record<string, unknown>;
      if (name.endsWith('.mdx')) {
        for (const p of checkMdxBody(split.value.body)) problems.push({ file, line: p.line + split.value.bodyLine - 1, message: p.message });
      }
      if (DESCRIPTORS[collection].corpsObligatoire && split.value.body.trim() === '') {
        problems.push({
          file,
          line: split.value.bodyLine,
          message: data.format === 'ecrit' ? 'le témoignage est vide : écrivez son texte sous l’en-tête' : 'écrivez la transcription de l’enregistrement sous l’en-tête (obligatoire pour l’audio et la vidéo)',
        });
      }
      loaded.push({ collection, slug, file, data, body: split.value.body, doc, counter });
    }
  }

  problems.push(...checkReferences(loaded, unchecked));

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

/** Where a collection's reference fields sit in a record, as paths with `*` for list items. */
function referencePaths(collection: CollectionName): Array<{ path: readonly Segment[]; to: CollectionName }> {
  return referencesOf(collection).map(({ field, sub, to }) => ({ path: sub ? [field, '*', sub] : [field, '*'], to }));
}

/** Expands `*` in a reference path into every concrete path that holds a value. */
function expand(value: unknown, pattern: readonly Segment[], prefix: Segment[] = []): Array<{ path: Segment[]; value: unknown }> {
  if (pattern.length === 0) return value === undefined ? [] : [{ path: prefix, value }];
  const [head, ...rest] = pattern;
  if (head === '*') {
    // A single value (`cooperation: x`) is read as a list of one, without an index.
    return Array.isArray(value) ? value.flatMap((v, i) => expand(v, rest, [...prefix, i])) : expand(value, rest, prefix);
  }
  if (value && typeof value === 'object' && head !== undefined) {
    return expand((value as Record<string, unknown>)[head as string], rest, [...prefix, head]);
  }
  return [];
}

function checkReferences(records: Loaded[], invalid: Loaded[]): Problem[] {
  const problems: Problem[] = [];
  // A record with errors still exists: pointing to it is not a second error.
  const ids: Record<CollectionName, Set<string>> = Object.fromEntries(
    COLLECTIONS.map((c) => [c, new Set([...records, ...invalid].filter((r) => r.collection === c).map((r) => r.slug))]),
  ) as Record<CollectionName, Set<string>>;
  for (const record of [...records, ...invalid]) {
    const at = (segments: Segment[]) => lineOf(record.doc, record.counter, segments, 2, 1);
    for (const ref of referencePaths(record.collection)) {
      for (const { path: p, value } of expand(record.data, ref.path)) {
        if (typeof value === 'string' && !ids[ref.to].has(value)) {
          const label = DESCRIPTORS[ref.to];
          problems.push({
            file: record.file,
            line: at(p),
            field: fieldPath(p),
            message: `« ${value} » ne correspond à aucune fiche ${label.des} (fichier content/${ref.to}/${value}.md introuvable)${nearest(value, ids[ref.to])}`,
          });
        }
      }
    }
    if (invalid.includes(record)) continue;
    const lieu = record.data.lieu as { code_insee?: string; departement?: string } | undefined;
    if (lieu?.code_insee) {
      const c = commune(lieu.code_insee);
      const departements = record.data.departements as string[];
      if (!c) {
        problems.push({ file: record.file, line: at(['lieu', 'code_insee']), field: 'lieu.code_insee', message: `« ${lieu.code_insee} » n'est pas le code INSEE d'une commune actuelle (ce n'est pas le code postal)` });
      } else if (record.collection === 'evenements') {
        if (lieu.departement !== c.departement) {
          problems.push({ file: record.file, line: at(['lieu', 'departement']), field: 'lieu.departement', message: `la commune ${c.nom} (${c.code}) est dans le département « ${c.departement} », pas « ${lieu.departement ?? ''} »` });
        }
        if (departements.length && !departements.includes(c.departement)) {
          problems.push({ file: record.file, line: at(['departements']), field: 'departements', message: `ajoutez "${c.departement}" : le lieu (${c.nom}) est dans ce département` });
        }
      } else if (!departements.includes(c.departement)) {
        problems.push({
          file: record.file,
          line: at(['lieu', 'code_insee']),
          field: 'lieu.code_insee',
          message: `la commune ${c.nom} est dans le département « ${c.departement} » (${departement(c.departement)?.nom ?? ''}), qui n'est pas dans « departements »`,
        });
      }
    }
  }
  return problems;
}

/** The keys an object of the schema accepts at a path, to suggest the right spelling. */
function knownKeys(schema: z.ZodType, segments: readonly Segment[]): string[] {
  let node: unknown = schema;
  const unwrap = (s: unknown): unknown => {
    let cur = s as { def?: Record<string, unknown> } | undefined;
    for (let i = 0; i < 10 && cur?.def; i++) {
      const def = cur.def;
      if (def.type === 'object') return cur;
      const inner = def.innerType ?? def.in ?? def.schema ?? (def.type === 'array' ? undefined : undefined);
      if (def.type === 'array') return cur;
      if (!inner) return cur;
      cur = inner as typeof cur;
    }
    return cur;
  };
  for (const seg of segments) {
    const cur = unwrap(node) as { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown } } | undefined;
    if (cur?.def?.type === 'object' && typeof seg === 'string') node = cur.def.shape?.[seg];
    else if (cur?.def?.type === 'array' && typeof seg === 'number') node = cur.def.element;
    else return [];
  }
  const obj = unwrap(node) as { def?: { type?: string; shape?: Record<string, unknown> } } | undefined;
  return obj?.def?.type === 'object' ? Object.keys(obj.def.shape ?? {}) : [];
}

function nearest(value: string, candidates: Set<string>): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = levenshtein(value, c);
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return best && bestDistance <= Math.max(2, Math.floor(value.length / 4)) ? ` ; vouliez-vous dire « ${best} » ?` : '';
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = i - 1;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] as number;
      row[j] = Math.min((row[j] as number) + 1, (row[j - 1] as number) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = current;
    }
  }
  return row[b.length] as number;
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.field ? `${p.field} — ` : ''}${p.message}`;
}
