import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cleanContent, makeContent } from '../../../tests/helpers/content.ts';
import { validatedContent } from './validated.ts';

afterAll(cleanContent);

describe('validatedContent', () => {
  test('validates a folder once per process, again only when asked, each folder on its own', () => {
    const dir = makeContent();
    const first = validatedContent(dir, false, { cwd: dir });
    expect(first.problems).toEqual([]);
    writeFileSync(path.join(dir, 'acteurs/nouvelle.md'), 'sans en-tête\n');
    // The loader reads what the content guard validated, even if a file changed since.
    expect(validatedContent(dir)).toBe(first);
    const fresh = validatedContent(dir, true, { cwd: dir });
    expect(fresh.problems.map((p) => `${p.file}:${p.line}`)).toEqual(['acteurs/nouvelle.md:1']);
    expect(validatedContent(dir)).toBe(fresh);

    const other = makeContent();
    expect(validatedContent(other, false, { cwd: other }).problems).toEqual([]);
    expect(validatedContent(dir)).toBe(fresh);
  });
});
