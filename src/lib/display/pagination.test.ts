import { describe, expect, test } from 'vitest';
import { pageWindow } from './pagination.ts';

describe('pageWindow', () => {
  test('shows the first, the last and the pages around the current one', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(10, 80)).toEqual([1, null, 8, 9, 10, 11, 12, null, 80]);
    expect(pageWindow(80, 80)).toEqual([1, null, 78, 79, 80]);
  });
});
