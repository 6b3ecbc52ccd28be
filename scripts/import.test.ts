// `npm run import` itself, on a copy of the content: what it writes, --dry-run, --overwrite
// and its exit code.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { EXPECTED_NEW, importBook } from '../tests/helpers/import-sheets.ts';

const root = path.resolve(import.meta.dirname, '..');
const work = mkdtempSync(path.join(tmpdir(), 'coop-import-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(args: string[], contentDir: string) {
  return spawnSync(process.execPath, [path.join(root, 'scripts/import.ts'), ...args], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: contentDir },
    encoding: 'utf8',
  });
}

describe('npm run import', () => {
  const sheet = path.join(work, 'acteurs.xlsx');
  writeFileSync(sheet, importBook('xlsx'));

  test('--dry-run reports every row and writes nothing; a row with a problem makes it exit 1', () => {
    const dir = path.join(work, 'dry');
    cpSync(path.join(root, 'content'), dir, { recursive: true });
    const r = run([sheet, '--collection', 'acteurs', '--dry-run'], dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('ligne 8, colonne « Type » : « Club de foot » n’est pas une valeur connue');
    expect(r.stdout).toContain('rien n’a été écrit');
    for (const name of EXPECTED_NEW) expect(existsSync(path.join(dir, 'acteurs', `${name}.md`))).toBe(false);
  });

  test('writes the new records, never over an existing one unless asked; exits 0 when every row is written or identical', () => {
    const dir = path.join(work, 'write');
    cpSync(path.join(root, 'content'), dir, { recursive: true });
    const kergus = readFileSync(path.join(dir, 'acteurs/association-de-kergus.md'), 'utf8');
    expect(run([sheet, '--collection', 'acteurs'], dir).status).toBe(1);
    for (const name of EXPECTED_NEW) expect(existsSync(path.join(dir, 'acteurs', `${name}.md`))).toBe(true);
    expect(readFileSync(path.join(dir, 'acteurs/association-de-kergus.md'), 'utf8')).toBe(kergus);
    expect(run([sheet, '--collection', 'acteurs', '--overwrite'], dir).status).toBe(1);
    expect(readFileSync(path.join(dir, 'acteurs/association-de-kergus.md'), 'utf8')).not.toBe(kergus);
    // The site's validator accepts what was written.
    execFileSync(process.execPath, [path.join(root, 'scripts/validate.ts')], { cwd: root, env: { ...process.env, CONTENT_DIR: dir } });
  }, 120_000);

  test('exits 0 when every row is already identical to its record', () => {
    const dir = path.join(work, 'same');
    cpSync(path.join(root, 'content'), dir, { recursive: true });
    const csv = path.join(work, 'same.csv');
    writeFileSync(csv, 'Nom,Département,Type,Thèmes\nAssociation de Kergus,22,Association locale,isolement-social|gouvernance\n');
    const r = run([csv, '--collection', 'acteurs', '--overwrite'], dir);
    expect(r.stdout).toContain('1 déjà identique(s)');
    expect(r.status).toBe(0);
  }, 60_000);
});
