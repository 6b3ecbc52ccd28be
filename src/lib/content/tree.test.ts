import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { COLLECTIONS } from '../../schemas/index.ts';
import { decodeUtf8, MAX_RECORD_BYTES, readText, readTree } from './tree.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'coop-tree-'));
let socket: Server | undefined;
afterAll(() => {
  socket?.close();
  rmSync(dir, { recursive: true, force: true });
});
const put = (name: string, text = 'x') => {
  mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  writeFileSync(path.join(dir, name), text);
};
put('themes.yaml');
put('chiffres.yaml');
put('acteurs/une-fiche.md');
put('acteurs/autre-fiche.md');
put('acteurs/_template.md');
put('acteurs/Autre.MD');
put('acteurs/LISEZMOI');
put('acteurs/.cache');
put('acteurs/programme.mdx');
put('acteurs/notes.v2.txt');
put('acteurs/dossier/fiche.md');
put('evenements/journee.md');
put('brouillons/fiche.md');
put('racine.md');
symlinkSync('_template.md', path.join(dir, 'acteurs/lien.md'));
symlinkSync('acteurs', path.join(dir, 'raccourci'));
// A socket is neither a file, a folder nor a link: what an editor or a tool might leave behind.
beforeAll(() => new Promise<void>((resolve) => (socket = createServer().listen(path.join(dir, 'acteurs/prise'), resolve))));

describe('readTree', () => {
  const tree = () => readTree(dir);
  const rel = (f: string) => path.relative(dir, f);

  test('lists the records of every collection folder, in name order, and skips templates', () => {
    const records = tree().records;
    expect(records.map((r) => `${r.collection}/${r.name}`)).toEqual(['acteurs/autre-fiche.md', 'acteurs/une-fiche.md', 'evenements/journee.md']);
    expect(records[0]?.file).toBe(path.join(dir, 'acteurs/autre-fiche.md'));
  });

  test('reports links, sub-folders, odd files, unknown extensions, .mdx and stray files, never following a link', () => {
    expect(tree().problems.map((p) => `${rel(p.file)}:${p.line}: ${p.message}`)).toEqual([
      'acteurs/.cache:1: ce fichier n’est pas une fiche : une fiche est un fichier texte dont le nom finit par « .md » en minuscules ; renommez-le, par exemple « cache.md », ou retirez-le',
      'acteurs/Autre.MD:1: ce fichier n’est pas une fiche : une fiche est un fichier texte dont le nom finit par « .md » en minuscules ; renommez-le, par exemple « autre.md », ou retirez-le',
      'acteurs/LISEZMOI:1: ce fichier n’est pas une fiche : une fiche est un fichier texte dont le nom finit par « .md » en minuscules ; renommez-le, par exemple « lisezmoi.md », ou retirez-le',
      'acteurs/dossier:1: sous-dossier non permis : les fiches se placent directement dans le dossier acteurs, sans sous-dossier',
      'acteurs/lien.md:1: ce fichier est un lien symbolique : un lien n’est jamais suivi ; remplacez-le par un vrai fichier',
      'acteurs/notes.v2.txt:1: ce fichier n’est pas une fiche : une fiche est un fichier texte dont le nom finit par « .md » en minuscules ; renommez-le, par exemple « notes-v2.md », ou retirez-le',
      'acteurs/prise:1: ce n’est pas un fichier ordinaire : retirez-le du dossier de contenu',
      'acteurs/programme.mdx:1: les fichiers .mdx ne sont pas acceptés : ils peuvent exécuter du code lors de la construction du site, et une fiche n’en a pas besoin ; renommez le fichier en « programme.md »',
      `brouillons:1: dossier inconnu : les fiches vont dans l’un des dossiers ${COLLECTIONS.join(', ')}`,
      'raccourci:1: ce fichier est un lien symbolique : un lien n’est jamais suivi ; remplacez-le par un vrai fichier',
      `racine.md:1: fichier inattendu à la racine du contenu : une fiche va dans l’un des dossiers ${COLLECTIONS.join(', ')}`,
    ]);
  });

  test('suggests a name for a file whose name slugifies to nothing', () => {
    const other = mkdtempSync(path.join(dir, 'vide-'));
    mkdirSync(path.join(other, 'acteurs'));
    writeFileSync(path.join(other, 'acteurs', '«».txt'), 'x');
    expect(readTree(other).problems.map((p) => p.message)).toEqual([expect.stringContaining('par exemple « nom-de-la-fiche.md »')]);
  });

  test('reports a missing folder, or one that is not a folder, instead of throwing', () => {
    expect(readTree(path.join(dir, 'absent'))).toEqual({ records: [], problems: [{ file: path.join(dir, 'absent'), line: 1, message: 'dossier de contenu introuvable (vérifiez CONTENT_DIR)' }] });
    expect(readTree(path.join(dir, 'racine.md'))).toEqual({
      records: [],
      problems: [{ file: path.join(dir, 'racine.md'), line: 1, message: 'le dossier de contenu n’est pas un dossier ordinaire (un lien n’est pas suivi)' }],
    });
    expect(readTree(path.join(dir, 'raccourci')).problems[0]?.message).toContain('n’est pas un dossier ordinaire');
  });
});

describe('readText', () => {
  test('accepts UTF-8 and drops a byte-order mark', () => {
    const r = decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x65, 0xcc, 0x81]), 'f');
    expect(r.ok && r.text).toBe('e\u0301');
  });

  test('refuses Latin-1 at line 1', () => {
    const r = decodeUtf8(new Uint8Array([0x65, 0x74, 0xe9]), 'f');
    expect(r).toEqual({
      ok: false,
      problem: { file: 'f', line: 1, message: 'le fichier n’est pas enregistré en UTF-8 (des accents seraient mal lus) : dans votre éditeur, choisissez « Enregistrer avec l’encodage UTF-8 »' },
    });
  });

  test('reads a file up to the limit, refuses one over it, saying its size rounded up and the limit', () => {
    put('juste.md', 'é'.repeat(512));
    expect(readText(path.join(dir, 'juste.md'), 1024, '1 Ko')).toEqual({ ok: true, text: 'é'.repeat(512) });
    put('gros.md', 'x'.repeat(1025));
    expect(readText(path.join(dir, 'gros.md'), 1024, '1 Ko')).toEqual({
      ok: false,
      problem: { file: path.join(dir, 'gros.md'), line: 1, message: 'fichier trop gros (2 Ko) : une fiche fait au plus 1 Ko ; raccourcissez le texte ou découpez-le en plusieurs fiches' },
    });
  });

  test('a record may hold 256 Ko, no more', () => {
    expect(MAX_RECORD_BYTES).toBe(256 * 1024);
    put('limite.md', 'x'.repeat(MAX_RECORD_BYTES));
    expect(readText(path.join(dir, 'limite.md')).ok).toBe(true);
    put('trop.md', 'x'.repeat(MAX_RECORD_BYTES + 1));
    expect(!readText(path.join(dir, 'trop.md')).ok && readText(path.join(dir, 'trop.md'))).toMatchObject({ problem: { message: expect.stringContaining('(257 Ko) : une fiche fait au plus 256 Ko') } });
  });

  test('refuses a missing file and a link, never reading what a link points to', () => {
    expect(readText(path.join(dir, 'absent.md'))).toEqual({ ok: false, problem: { file: path.join(dir, 'absent.md'), line: 1, message: 'fichier manquant' } });
    expect(readText(path.join(dir, 'acteurs/lien.md'))).toEqual({
      ok: false,
      problem: { file: path.join(dir, 'acteurs/lien.md'), line: 1, message: 'ce fichier est un lien symbolique : un lien n’est jamais suivi ; remplacez-le par un vrai fichier' },
    });
  });
});
