// Only records are content: walks a content folder without following links and
// lists the record files, reporting everything else (links, sub-folders, stray
// files, unknown extensions in any case) with its path. Reads each file as strict
// UTF-8 within a size limit.
import { lstatSync, readdirSync, readFileSync, type Stats } from 'node:fs';
import path from 'node:path';
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import type { Problem } from './problem.ts';
import { slugify } from '../text/fold.ts';

/** The small data files at the root of the content folder. */
export const DATA_FILES = ['themes.yaml', 'chiffres.yaml'] as const;

/** A record larger than this is refused: the longest real record is under 10 Ko. */
export const MAX_RECORD_BYTES = 256 * 1024;
export const MAX_RECORD_LABEL = '256 Ko';

export interface RecordFile {
  collection: CollectionName;
  /** File name, with its extension. */
  name: string;
  /** Absolute path. */
  file: string;
}

export interface Tree {
  records: RecordFile[];
  problems: Problem[];
}

const COLLECTION_LIST = COLLECTIONS.join(', ');

function kind(stats: Stats): 'link' | 'dir' | 'file' | 'other' {
  if (stats.isSymbolicLink()) return 'link';
  if (stats.isDirectory()) return 'dir';
  if (stats.isFile()) return 'file';
  return 'other';
}

function entries(dir: string): string[] {
  return readdirSync(dir).sort();
}

const LINK = 'ce fichier est un lien symbolique : un lien n’est jamais suivi ; remplacez-le par un vrai fichier';

/** A name for the file that would be accepted: `Fiche.MD` → `fiche.md`. */
function suggestedName(name: string): string {
  const base = name.replace(/\.[^.]*$/, '') || name;
  return `${slugify(base) || 'nom-de-la-fiche'}.md`;
}

function checkCollectionFolder(collection: CollectionName, folder: string, tree: Tree): void {
  for (const name of entries(folder)) {
    const file = path.join(folder, name);
    const stats = lstatSync(file);
    const type = kind(stats);
    if (type === 'link') {
      tree.problems.push({ file, line: 1, message: LINK });
    } else if (type === 'dir') {
      tree.problems.push({ file, line: 1, message: `sous-dossier non permis : les fiches se placent directement dans le dossier ${collection}, sans sous-dossier` });
    } else if (type !== 'file') {
      tree.problems.push({ file, line: 1, message: 'ce n’est pas un fichier ordinaire : retirez-le du dossier de contenu' });
    } else if (name.endsWith('.mdx')) {
      tree.problems.push({
        file,
        line: 1,
        message: `les fichiers .mdx ne sont pas acceptés : ils peuvent exécuter du code lors de la construction du site, et une fiche n’en a pas besoin ; renommez le fichier en « ${name.slice(0, -4)}.md »`,
      });
    } else if (!name.endsWith('.md')) {
      tree.problems.push({
        file,
        line: 1,
        message: `ce fichier n’est pas une fiche : une fiche est un fichier texte dont le nom finit par « .md » en minuscules ; renommez-le, par exemple « ${suggestedName(name)} », ou retirez-le`,
      });
    } else if (name.startsWith('_')) {
      // Templates of `npm run new`: kept, never published.
      continue;
    } else {
      tree.records.push({ collection, name, file });
    }
  }
}

/** Lists the records of a content folder and reports every file that is not one. */
export function readTree(dir: string): Tree {
  const tree: Tree = { records: [], problems: [] };
  let root: Stats;
  try {
    root = lstatSync(dir);
  } catch {
    tree.problems.push({ file: dir, line: 1, message: 'dossier de contenu introuvable (vérifiez CONTENT_DIR)' });
    return tree;
  }
  if (!root.isDirectory()) {
    tree.problems.push({ file: dir, line: 1, message: 'le dossier de contenu n’est pas un dossier ordinaire (un lien n’est pas suivi)' });
    return tree;
  }
  const known = new Set<string>(COLLECTIONS);
  const data = new Set<string>(DATA_FILES);
  for (const name of entries(dir)) {
    const file = path.join(dir, name);
    const type = kind(lstatSync(file));
    if (type === 'link') tree.problems.push({ file, line: 1, message: LINK });
    else if (type === 'dir' && known.has(name)) checkCollectionFolder(name as CollectionName, file, tree);
    else if (type === 'dir') tree.problems.push({ file, line: 1, message: `dossier inconnu : les fiches vont dans l’un des dossiers ${COLLECTION_LIST}` });
    else if (type === 'file' && data.has(name)) continue;
    else tree.problems.push({ file, line: 1, message: `fichier inattendu à la racine du contenu : une fiche va dans l’un des dossiers ${COLLECTION_LIST}` });
  }
  return tree;
}

export type ReadResult = { ok: true; text: string } | { ok: false; problem: Problem };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a file as UTF-8 text (a byte-order mark is dropped), refusing links, files
 * over the size limit and any other encoding.
 */
export function readText(file: string, maxBytes = MAX_RECORD_BYTES, maxLabel = MAX_RECORD_LABEL): ReadResult {
  let stats: Stats;
  try {
    stats = lstatSync(file);
  } catch {
    return { ok: false, problem: { file, line: 1, message: 'fichier manquant' } };
  }
  if (stats.isSymbolicLink()) return { ok: false, problem: { file, line: 1, message: LINK } };
  if (stats.size > maxBytes) {
    return { ok: false, problem: { file, line: 1, message: `fichier trop gros (${Math.ceil(stats.size / 1024)} Ko) : une fiche fait au plus ${maxLabel} ; raccourcissez le texte ou découpez-le en plusieurs fiches` } };
  }
  return decodeUtf8(readFileSync(file), file);
}

/** Strict UTF-8: anything else (Latin-1, Windows-1252, UTF-16) is reported at line 1. */
export function decodeUtf8(bytes: Uint8Array, file: string): ReadResult {
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return {
      ok: false,
      problem: {
        file,
        line: 1,
        message: 'le fichier n’est pas enregistré en UTF-8 (des accents seraient mal lus) : dans votre éditeur, choisissez « Enregistrer avec l’encodage UTF-8 »',
      },
    };
  }
}
