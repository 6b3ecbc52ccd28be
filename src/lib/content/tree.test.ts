import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { decodeUtf8, readText, readTree } from './tree.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'coop-tree-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const put = (name: string, text = 'x') => {
  mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  writeFileSync(path.join(dir, name), text);
};
put('themes.yaml');
put('acteurs/une-fiche.md');
put('acteurs/_template.md');
put('acteurs/Autre.MD');
put('acteurs/page.mdx');
put('acteurs/dossier/fiche.md');
put('racine.md');
symlinkSync('_template.md', path.join(dir, 'acteurs/lien.md'));

describe('readTree', () => {
  const tree = readTree(dir);
  const rel = (f: string) => path.relative(dir, f);

  test('lists the records and skips templates', () => {
    expect(tree.records.map((r) => `${r.collection}/${r.name}`)).toEqual(['acteurs/une-fiche.md']);
  });

  test('reports links, sub-folders, unknown extensions, .mdx and stray files, never following a link', () => {
    expect(tree.problems.map((p) => `${rel(p.file)}: ${p.message.split(' :')[0]}`).sort()).toEqual([
      'acteurs/Autre.MD: ce fichier n’est pas une fiche',
      'acteurs/dossier: sous-dossier non permis',
      'acteurs/lien.md: ce fichier est un lien symbolique',
      'acteurs/page.mdx: les fichiers .mdx ne sont pas acceptés',
      'racine.md: fichier inattendu à la racine du contenu',
    ]);
  });

  test('reports a missing folder instead of throwing', () => {
    expect(readTree(path.join(dir, 'absent')).problems[0]?.message).toContain('dossier de contenu introuvable');
  });
});

describe('readText', () => {
  test('accepts UTF-8 and drops a byte-order mark', () => {
    const r = decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x65, 0xcc, 0x81]), 'f');
    expect(r.ok && r.text).toBe('e\u0301');
  });

  test('refuses Latin-1 at line 1', () => {
    const r = decodeUtf8(new Uint8Array([0x65, 0x74, 0xe9]), 'f');
    expect(!r.ok && r.problem).toMatchObject({ line: 1, message: expect.stringContaining('UTF-8') });
  });

  test('refuses a file over the limit, saying the limit', () => {
    put('gros.md', 'x'.repeat(2048));
    const r = readText(path.join(dir, 'gros.md'), 1024, '1 Ko');
    expect(!r.ok && r.problem.message).toContain('fichier trop gros (2 Ko) : une fiche fait au plus 1 Ko');
  });
});
