import { describe, expect, test } from 'vitest';
import { withBase } from './paths.ts';

describe('withBase', () => {
  test('keeps root-relative paths at the root when no base path is set', () => {
    expect(withBase('/cooperations/')).toBe('/cooperations/');
    expect(withBase('/')).toBe('/');
  });
});
