// Checks one record file from its text alone: no file system, no Node built-in, so the same
// rules run in `npm run validate` (through validation.ts) and in the proposal relay (relay/),
// which bundles this module for the Workers runtime. Everything a check needs from the rest of
// the content (theme ids, the ids of other records, the list of communes) comes in as arguments.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { z } from 'astro/zod';
import { COLLECTIONS, DESCRIPTORS, createSchemas, type CollectionName, type Schemas } from '../../schemas/index.ts';
import { referencesOf } from '../../schemas/collections.ts';
import { SLUG_PATTERN } from '../../schemas/shared.ts';
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

export interface CommuneFacts {
  code: string;
  nom: string;
  departement: string;
}

/** Finds a current commune by its INSEE code (the validator reads the official list from disk). */
export type CommuneLookup = (code: string) => CommuneFacts | undefined;

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
export function lineOf(doc: Document, counter: LineCounter, segments: readonly Segment[], firstLine: number, fallback: number): number {
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

export function parseYaml(text: string) {
  const counter = new LineCounter();
  // The core schema keeps dates as text, so the schemas check how they are written.
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  return { doc, counter };
}

export function yamlErrorMessage(code: string, message: string): string {
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

export function issueProblems(
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

/** A record read from its file, valid or not, with what is needed to point at its lines. */
export interface ParsedRecord {
  collection: CollectionName;
  slug: string;
  file: string;
  data: Record<string, unknown>;
  body: string;
  doc: Document;
  counter: LineCounter;
  /** False when the schema refused it: its references are still checked, nothing else. */
  valid: boolean;
}

export interface RecordFileInput {
  collection: CollectionName;
  /** File name with its extension, e.g. `ma-fiche.md`. */
  name: string;
  /** Path shown in messages. */
  file: string;
  text: string;
  schemas: Schemas;
}

/** Every check that needs only the file itself. */
export function checkRecordFile({ collection, name, file, text, schemas }: RecordFileInput): { problems: Problem[]; record?: ParsedRecord } {
  const problems: Problem[] = [];
  const slug = name.replace(/\.mdx?$/, '');
  if (!SLUG_PATTERN.test(slug)) {
    problems.push({ file, line: 1, message: `nom de fichier invalide : utilisez des minuscules sans accents, des chiffres et des tirets, par exemple « ${slugify(slug)}.md »` });
  }
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.includes(PLACEHOLDER)) problems.push({ file, line: i + 1, message: `remplacez le texte « ${PLACEHOLDER} » par le vrai contenu` });
  });
  const split = splitFrontmatter(text);
  if (!split.ok) {
    problems.push({ file, line: split.line, message: split.message });
    return { problems };
  }
  const { doc, counter } = parseYaml(split.value.yaml);
  if (doc.errors.length) {
    for (const e of doc.errors) {
      problems.push({ file, line: (e.linePos?.[0].line ?? 1) + split.value.yamlLine - 1, message: yamlErrorMessage(e.code, e.message) });
    }
    return { problems };
  }
  const raw: unknown = doc.toJS() ?? {};
  const result = schemas[collection].safeParse(raw);
  if (!result.success) {
    problems.push(...issueProblems(result.error.issues, (segs) => knownKeys(schemas[collection], segs), file, doc, counter, split.value.yamlLine));
    // References are still checked, so that one run lists every problem.
    const record = raw && typeof raw === 'object' ? { collection, slug, file, data: raw as Record<string, unknown>, body: '', doc, counter, valid: false } : undefined;
    return { problems, record };
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
  return { problems, record: { collection, slug, file, data, body: split.value.body, doc, counter, valid: true } };
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

/**
 * References to other records, and the commune of `lieu`, for each record.
 * `ids` holds every record id of each collection (a record with errors still exists).
 */
export function checkReferences(records: readonly ParsedRecord[], ids: Record<CollectionName, ReadonlySet<string>>, commune: CommuneLookup): Problem[] {
  const problems: Problem[] = [];
  for (const record of records) {
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
    if (!record.valid) continue;
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

/** What a single record is checked against: the rest of the content, as ids. */
export interface KnownContent {
  themes: readonly string[];
  /** Ids (file names without extension) of the records already in each collection. */
  ids: Record<CollectionName, readonly string[]>;
}

export interface SingleRecordInput {
  collection: CollectionName;
  /** File name with its extension, e.g. `ma-fiche.md`. */
  name: string;
  text: string;
  known: KnownContent;
  commune: CommuneLookup;
}

/**
 * Checks one record file as `npm run validate` would inside the repository: same schemas, same
 * rules, same French messages. The entry point of the proposal relay.
 */
export function checkSingleRecord({ collection, name, text, known, commune }: SingleRecordInput): Problem[] {
  const schemas = createSchemas({ themes: [...known.themes], departements: CODES_DEPARTEMENTS, regions: CODES_REGIONS });
  const file = `content/${collection}/${name}`;
  const { problems, record } = checkRecordFile({ collection, name, file, text, schemas });
  if (record) {
    const ids = Object.fromEntries(COLLECTIONS.map((c) => [c, new Set([...known.ids[c], ...(c === collection ? [record.slug] : [])])])) as Record<CollectionName, Set<string>>;
    problems.push(...checkReferences([record], ids, commune));
  }
  return problems.sort((a, b) => a.line - b.line);
}

/** The keys an object of the schema accepts at a path, to suggest the right spelling. */
export function knownKeys(schema: z.ZodType, segments: readonly Segment[]): string[] {
  let node: unknown = schema;
  const unwrap = (s: unknown): unknown => {
    let cur = s as { def?: Record<string, unknown> } | undefined;
    for (let i = 0; i < 10 && cur?.def; i++) {
      const def = cur.def;
      if (def.type === 'object') return cur;
      const inner = def.innerType ?? def.in ?? def.schema;
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

export function nearest(value: string, candidates: ReadonlySet<string>): string {
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
