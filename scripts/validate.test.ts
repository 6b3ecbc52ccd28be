import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cleanContent, edit, makeContent } from '../tests/helpers/content.ts';

const root = path.resolve(import.meta.dirname, '..');
const run = (dir: string, ...args: string[]) =>
  spawnSync(process.execPath, ['scripts/validate.ts', ...args], { cwd: root, env: { ...process.env, CONTENT_DIR: dir }, encoding: 'utf8' });

afterAll(cleanContent);

// Each test starts the command in a new process: slow on a busy machine.
describe('npm run validate', { timeout: 30_000 }, () => {
  test('--format=github turns each problem into an annotation on its file and line', () => {
    const dir = makeContent(edit('pratiques/pratique-test.md', 'themes: [gouvernance]', 'themes: [cuisine]'));
    const result = run(dir, '--format=github');
    expect(result.status).toBe(1);
    const line = result.stdout.split('\n').find((l) => l.startsWith('::error '));
    // Outside the working directory the path stays absolute.
    const file = path.join(dir, 'pratiques/pratique-test.md');
    expect(line).toBe(
      `::error file=${file},line=7,title=themes[0]::« cuisine » n'est pas un thème connu (thèmes possibles : isolement-social, gouvernance)`,
    );
  });

  test('prints readable lines by default and accepts a valid corpus', () => {
    const bad = run(makeContent(edit('pratiques/pratique-test.md', 'themes: [gouvernance]', 'themes: [cuisine]')));
    expect(bad.stderr).toMatch(/pratique-test\.md:7: themes\[0\] — « cuisine »/);
    expect(bad.stdout).not.toContain('::error');
    const good = run(makeContent());
    expect(good.status).toBe(0);
    expect(good.stdout).toContain('5 fiches valides');
  });

  test('refuses an unknown format', () => {
    expect(run(makeContent(), '--format=xml').status).toBe(2);
  });
});
