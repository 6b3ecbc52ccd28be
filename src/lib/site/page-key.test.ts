import { describe, expect, test } from 'vitest';
import { pageKey } from './page-key.ts';

describe('pageKey', () => {
  test('is the same for the same values, wherever they come from', () => {
    expect(pageKey({ titre: 'A', date: new Date('2026-12-02T10:00:00Z') }, ['x'])).toBe(
      pageKey({ titre: 'A', date: new Date('2026-12-02T10:00:00Z') }, ['x']),
    );
  });

  test('changes with any value the page shows, however deep', () => {
    const base = { titre: 'A', similar: [{ title: 'B', meta: ['Loire'] }], date: new Date('2026-12-02T10:00:00Z') };
    const key = pageKey(base, 'jour');
    expect(pageKey({ ...base, titre: 'A ' }, 'jour')).not.toBe(key);
    expect(pageKey({ ...base, similar: [{ title: 'B', meta: ['Rhône'] }] }, 'jour')).not.toBe(key);
    expect(pageKey({ ...base, date: new Date('2026-12-02T10:00:01Z') }, 'jour')).not.toBe(key);
    expect(pageKey(base, 'lendemain')).not.toBe(key);
  });

  test('tells a missing value from an empty one, and reads maps and sets', () => {
    expect(pageKey({ a: undefined })).not.toBe(pageKey({ a: null }));
    expect(pageKey([undefined])).not.toBe(pageKey([null]));
    expect(pageKey(new Map([['a', 1]]))).not.toBe(pageKey(new Map([['a', 2]])));
    expect(pageKey(new Set(['a']))).not.toBe(pageKey(new Set(['b'])));
    expect(pageKey(new Map())).not.toBe(pageKey(new Set()));
  });

  test('does not run parts together', () => {
    expect(pageKey('ab', 'c')).not.toBe(pageKey('a', 'bc'));
  });
});
