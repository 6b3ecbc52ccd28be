import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cleanContent, edit, makeContent } from '../../../tests/helpers/content.ts';
import { CheckCache, codeVersion } from './check-cache.ts';
import { validateContent } from './validation.ts';
import { checkRecord, type RecordCheck } from './record.ts';
import { NODE_RULE_CONTEXT } from './node-context.ts';
import { createSchemas } from '../../schemas/index.ts';

const work = mkdtempSync(path.join(tmpdir(), 'coop-checks-'));
afterAll(() => {
  cleanContent();
  rmSync(work, { recursive: true, force: true });
});

/** A cache that counts the records checked anew (each check is then stored). */
class Counting extends CheckCache {
  checked = 0;
  override set(key: string, check: RecordCheck): void {
    this.checked++;
    super.set(key, check);
  }
}

describe('checks remembered between builds', () => {
  test('an unchanged corpus gives the same result from the cache, and a changed file is checked again', () => {
    const dir = makeContent(edit('cooperations/coop-test.md', 'porteurs: [asso-test]', 'porteurs: [asso-inconnue]'));
    const file = path.join(work, 'a.bin');
    const first = new CheckCache(file, 'v1');
    const fresh = validateContent(dir, { cwd: dir, cache: first });
    first.save();
    expect(first.hits).toBe(0);
    expect(fresh.problems.map((p) => p.message).join()).toMatch(/asso-inconnue/);

    const second = new Counting(file, 'v1');
    const again = validateContent(dir, { cwd: dir, cache: second });
    expect(second.hits).toBe(fresh.files);
    expect(second.checked).toBe(0);
    // Same problems, with the same lines (read again from the file that has one), and the same records.
    expect(again.problems).toEqual(fresh.problems);
    expect(again.records).toEqual(fresh.records);
    second.save();

    writeFileSync(path.join(dir, 'acteurs/asso-test.md'), 'pas un en-tête\n');
    const third = new Counting(file, 'v1');
    const changed = validateContent(dir, { cwd: dir, cache: third });
    expect(third.hits).toBe(fresh.files - 1);
    expect(third.checked).toBe(1);
    expect(changed.problems.some((p) => p.file === 'acteurs/asso-test.md')).toBe(true);
  });

  test('another version of the checking code starts from nothing', () => {
    const dir = makeContent();
    const file = path.join(work, 'b.bin');
    const first = new CheckCache(file, 'v1');
    validateContent(dir, { cwd: dir, cache: first });
    first.save();
    const other = new CheckCache(file, 'v2');
    validateContent(dir, { cwd: dir, cache: other });
    expect(other.hits).toBe(0);
  });
});

describe('the cache’s version', () => {
  test('changes with any checking code or the lockfile, not with tests or other files', () => {
    const root = mkdtempSync(path.join(work, 'code-'));
    const put = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    };
    put('src/lib/content/rule.ts', 'a');
    put('src/schemas/shared/dates.ts', 'b');
    const without = codeVersion(root);
    expect(without).toMatch(/^[0-9a-f]{40}$/);
    put('package-lock.json', '{}');
    const base = codeVersion(root);
    expect(base).not.toBe(without);
    expect(codeVersion(root)).toBe(base);

    put('src/lib/content/rule.test.ts', 'test');
    put('src/lib/content/notes.md', 'notes');
    put('src/lib/content/rule.tsx', 'x');
    put('src/pages/page.ts', 'x');
    put('scripts/outil.ts', 'x');
    expect(codeVersion(root)).toBe(base);

    for (const [file, text] of [
      ['src/schemas/shared/dates.ts', 'b2'],
      ['src/lib/content/rule.ts', 'a2'],
      ['src/lib/other.ts', 'c'],
      ['package-lock.json', '{"v":2}'],
    ] as const) {
      const before = codeVersion(root);
      put(file, text);
      expect(codeVersion(root), file).not.toBe(before);
    }
    // A file's name counts as well as its text: moving code to another file is another version.
    const moved = codeVersion(root);
    rmSync(path.join(root, 'src/lib/other.ts'));
    put('src/lib/autre.ts', 'c');
    expect(codeVersion(root)).not.toBe(moved);
  });
});

describe('a stored check', () => {
  test('is found only under the same file, text and themes, and hands out copies', () => {
    const cache = new CheckCache(path.join(work, 'c.bin'), 'v1');
    const key = cache.key('acteurs/a.md', 'texte', ['a', 'b']);
    expect(cache.key('acteurs/a.md', 'texte', ['a', 'b'])).toBe(key);
    expect(new Set([key, cache.key('acteurs/b.md', 'texte', ['a', 'b']), cache.key('acteurs/a.md', 'texte!', ['a', 'b']), cache.key('acteurs/a.md', 'texte', ['a'])]).size).toBe(4);

    expect(cache.get(key)).toBeUndefined();
    const checked = checkRecord('acteurs', 'a.md', '---\ntitre: A\n---\n', createSchemas({ themes: ['a'], departements: [], regions: [] }), NODE_RULE_CONTEXT);
    expect(checked.partial?.at).toBeDefined();
    cache.set(key, checked);
    cache.save();
    const again = new CheckCache(path.join(work, 'c.bin'), 'v1');
    const found = again.get(key)!;
    // What is kept: the problems and the header as written; the YAML positions are read again when needed.
    expect(found).toEqual({ problems: checked.problems, partial: { raw: { titre: 'A' } } });
    found.problems[0]!.file = 'ailleurs';
    expect(again.get(key)?.problems[0]?.file).toBe('acteurs/a.md');
    expect(again.hits).toBe(1);
  });

  test('a damaged cache file is no cache', () => {
    writeFileSync(path.join(work, 'd.bin'), 'pas un cache');
    const cache = new CheckCache(path.join(work, 'd.bin'), 'v1');
    expect(cache.get(cache.key('f', 't', []))).toBeUndefined();
    expect(cache.hits).toBe(0);
  });
});
