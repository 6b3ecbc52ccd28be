// Records nobody has checked for 18 months say so on their page; a recent check removes the notice.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { cleanContent, edit, makeContent } from '../helpers/content.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';

describe('freshness notice', () => {
  let out: string;
  beforeAll(() => {
    const dir = makeContent(edit('acteurs/asso-test.md', 'publie_le: 2026-01-10', 'publie_le: 2026-01-10\nverifie_le: 2027-06-01'));
    // Every test record was published on 10 January 2026: by August 2027 that is 19 months.
    const result = buildSite({ contentDir: dir, full: false, env: { BUILD_NOW: '2027-08-15T12:00:00+02:00' } });
    expect(result.status, result.stderr).toBe(0);
    out = result.outDir;
  });
  afterAll(cleanContent);

  const page = (route: string) => readFileSync(path.join(out, route, 'index.html'), 'utf8');

  test('a record last touched 19 months ago carries the notice with its date', () => {
    const html = page('pratiques/pratique-test');
    expect(html).toContain('À vérifier\u00a0:');
    expect(html).toContain('dernière vérification le 10 janvier 2026');
  });

  test('a record checked two months ago does not', () => {
    expect(page('acteurs/asso-test')).not.toContain('À vérifier');
  });
});
