import { chmodSync, lstatSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { DIR_MODE, FILE_MODE, makeReadableByAll } from './publish-modes.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'coop-modes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const mode = (p: string) => lstatSync(p).mode & 0o777;

describe('makeReadableByAll', () => {
  test('gives folders 0755 and files 0644, however they were made, without following links', () => {
    mkdirSync(path.join(dir, 'a/b'), { recursive: true, mode: 0o700 });
    writeFileSync(path.join(dir, 'a/b/page.html'), 'x', { mode: 0o600 });
    writeFileSync(path.join(dir, 'script.sh'), 'x', { mode: 0o700 });
    const outside = path.join(dir, '..', `${path.basename(dir)}-outside`);
    writeFileSync(outside, 'x', { mode: 0o600 });
    symlinkSync(outside, path.join(dir, 'a/link'));
    chmodSync(dir, 0o700);
    expect(makeReadableByAll(dir)).toBe(5);
    expect([dir, path.join(dir, 'a'), path.join(dir, 'a/b')].map(mode)).toEqual([DIR_MODE, DIR_MODE, DIR_MODE]);
    expect([path.join(dir, 'a/b/page.html'), path.join(dir, 'script.sh')].map(mode)).toEqual([FILE_MODE, FILE_MODE]);
    expect(mode(outside)).toBe(0o600);
    rmSync(outside);
  });
});
