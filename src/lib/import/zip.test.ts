import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { zipRecords } from './zip.ts';

describe('zipRecords', () => {
  test('puts each record at its place in the repository, text intact', () => {
    const zip = zipRecords([
      { collection: 'acteurs', slug: 'centre-social-exemple', text: '---\ntitre: Centre social « exemple »\n---\n' },
      { collection: 'acteurs', slug: 'centre-social-exemple-2', text: '---\ntitre: Autre\n---\n' },
    ]);
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(['content/acteurs/centre-social-exemple.md', 'content/acteurs/centre-social-exemple-2.md']);
    expect(strFromU8(files['content/acteurs/centre-social-exemple.md']!)).toContain('« exemple »');
  });

  test('gives the same archive for the same records', () => {
    const files = [{ collection: 'acteurs', slug: 'a', text: 'x' }];
    expect(zipRecords(files)).toEqual(zipRecords(files));
  });
});
