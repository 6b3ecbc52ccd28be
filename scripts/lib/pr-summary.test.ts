import { describe, expect, test } from 'vitest';
import { parseNameStatus, recordPage, summaryMarkdown } from './pr-summary.ts';

describe('parseNameStatus', () => {
  test('reads statuses and keeps the new name of a renamed file', () => {
    expect(parseNameStatus('A\tcontent/acteurs/a.md\nR100\tcontent/acteurs/b.md\tcontent/acteurs/c.md\n')).toEqual([
      { status: 'A', path: 'content/acteurs/a.md' },
      { status: 'R', path: 'content/acteurs/c.md' },
    ]);
  });
});

describe('recordPage', () => {
  test('gives the page of a record and nothing for templates or data files', () => {
    expect(recordPage('content/acteurs/cap-rural.md')).toBe('/acteurs/cap-rural/');
    expect(recordPage('content/acteurs/_template.md')).toBeUndefined();
    expect(recordPage('content/themes.yaml')).toBeUndefined();
  });
});

describe('summaryMarkdown', () => {
  test('lists added and changed records with the page to look at, and the validation result', () => {
    const md = summaryMarkdown(
      parseNameStatus('A\tcontent/acteurs/cap-rural.md\nM\tcontent/pratiques/x.md\nD\tcontent/pratiques/y.md\nM\tsrc/a.ts'),
      'success',
    );
    expect(md).toContain('✅ Les fiches sont valides.');
    expect(md).toContain('| content/acteurs/cap-rural.md | ajoutée | /acteurs/cap-rural/ |');
    expect(md).toContain('| content/pratiques/x.md | modifiée | /pratiques/x/ |');
    expect(md).toContain('| content/pratiques/y.md | supprimée | — |');
    expect(md).toContain('1 autre fichier hors de `content/`');
  });

  test('says when validation failed', () => {
    expect(summaryMarkdown([], 'failure')).toContain('❌ Des fiches ont des erreurs');
  });

  test('cannot be broken out of its table by a file name', () => {
    const md = summaryMarkdown([{ status: 'A', path: 'content/acteurs/a|b`<img src=x>.md' }], 'success');
    expect(md).toContain("a\\|b'&lt;img src=x&gt;.md");
  });
});
