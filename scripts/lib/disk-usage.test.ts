import { execFileSync } from 'node:child_process';
import { linkSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { diskUsage } from './disk-usage.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'coop-du-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('diskUsage', () => {
  test('counts what du counts: blocks, a hard-linked file once, a symbolic link as itself', () => {
    mkdirSync(path.join(dir, 'a/b'), { recursive: true });
    writeFileSync(path.join(dir, 'a/one.bin'), Buffer.alloc(100_000, 1));
    writeFileSync(path.join(dir, 'a/b/two.bin'), Buffer.alloc(50_000, 2));
    linkSync(path.join(dir, 'a/one.bin'), path.join(dir, 'a/b/same.bin'));
    symlinkSync(path.join(dir, 'a'), path.join(dir, 'loop'));
    const du = Number(execFileSync('du', ['-s', '-B1', dir], { encoding: 'utf8' }).split('\t')[0]);
    expect(diskUsage(dir)).toBe(du);
    expect(diskUsage(dir)).toBeGreaterThanOrEqual(150_000);
    expect(diskUsage(dir)).toBeLessThan(250_000);
  });
});
