import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cleanContent, edit, makeContent } from '../../../tests/helpers/content.ts';
import { CheckCache } from './check-cache.ts';
import { validateContent } from './validation.ts';

const work = mkdtempSync(path.join(tmpdir(), 'coop-checks-'));
afterAll(() => {
  cleanContent();
  rmSync(work, { recursive: true, force: true });
});

describe('checks remembered between builds', () => {
  test('an unchanged corpus gives the same result from the cache, and a changed file is checked again', () => {
    const dir = makeContent(edit('cooperations/coop-test.md', 'porteurs: [asso-test]', 'porteurs: [asso-inconnue]'));
    const file = path.join(work, 'a.bin');
    const first = new CheckCache(file, 'v1');
    const fresh = validateContent(dir, { cwd: dir, cache: first });
    first.save();
    expect(first.hits).toBe(0);
    expect(fresh.problems.map((p) => p.message).join()).toMatch(/asso-inconnue/);

    const second = new CheckCache(file, 'v1');
    const again = validateContent(dir, { cwd: dir, cache: second });
    expect(second.hits).toBe(fresh.files);
    // Same problems, with the same lines (read again from the file that has one), and the same records.
    expect(again.problems).toEqual(fresh.problems);
    expect(again.records).toEqual(fresh.records);
    second.save();

    writeFileSync(path.join(dir, 'acteurs/asso-test.md'), 'pas un en-tête\n');
    const third = new CheckCache(file, 'v1');
    const changed = validateContent(dir, { cwd: dir, cache: third });
    expect(third.hits).toBe(fresh.files - 1);
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
