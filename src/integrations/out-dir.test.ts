import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { clearOutDir } from './out-dir.ts';

const roots: string[] = [];
function site(files: Record<string, string>): { parent: string; dist: string } {
  const parent = mkdtempSync(path.join(tmpdir(), 'coop-out-dir-'));
  roots.push(parent);
  const dist = path.join(parent, 'dist');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dist, name)), { recursive: true });
    writeFileSync(path.join(dist, name), text);
  }
  return { parent, dist };
}
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('clearOutDir', () => {
  it('moves the last site aside at once, then deletes it', async () => {
    const { parent, dist } = site({ 'index.html': 'accueil', 'acteurs/a/index.html': 'fiche' });
    const deleting = clearOutDir(dist);
    // Astro finds no folder to empty, file by file.
    expect(existsSync(dist)).toBe(false);
    expect(readdirSync(parent)).toHaveLength(1);
    await deleting;
    expect(readdirSync(parent)).toEqual([]);
  });

  it('deletes what an interrupted build left aside', async () => {
    const { parent, dist } = site({ 'index.html': 'accueil' });
    mkdirSync(path.join(parent, 'dist.en-suppression-1-2', 'acteurs'), { recursive: true });
    writeFileSync(path.join(parent, 'dist.en-suppression-1-2', 'acteurs', 'x.html'), 'vieux');
    mkdirSync(path.join(parent, 'autre'));
    await clearOutDir(dist);
    expect(readdirSync(parent)).toEqual(['autre']);
  });

  it('leaves a folder with a .git, which Astro keeps, and a missing or empty one', async () => {
    const { dist } = site({ '.git/HEAD': 'ref', 'index.html': 'accueil' });
    await clearOutDir(dist);
    expect(readdirSync(dist).sort()).toEqual(['.git', 'index.html']);
    const empty = site({}).dist;
    mkdirSync(empty);
    await clearOutDir(empty);
    expect(existsSync(empty)).toBe(true);
    await expect(clearOutDir(path.join(empty, 'absent'))).resolves.toBeUndefined();
  });
});
