import { describe, expect, test } from 'vitest';
import { formatBytes, median, pageType, percentile } from './stats.ts';

describe('percentile', () => {
  test('takes the nearest rank', () => {
    const values = [5, 1, 4, 2, 3];
    expect(median(values)).toBe(3);
    expect(percentile(values, 95)).toBe(5);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile([], 50)).toBeUndefined();
  });
});

describe('formatBytes', () => {
  test('writes sizes the French way', () => {
    expect(formatBytes(512)).toBe('512 o');
    expect(formatBytes(1536)).toBe('1,5 Ko');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3,0 Mo');
  });
});

describe('pageType', () => {
  test('tells record pages from lists and hubs', () => {
    expect(pageType('/')).toBe('accueil');
    expect(pageType('/acteurs/cap-rural/')).toBe('fiche acteurs');
    expect(pageType('/acteurs/')).toBe('liste acteurs');
    expect(pageType('/acteurs/2/')).toBe('liste acteurs');
    expect(pageType('/territoires/22/')).toBe('territoires');
  });
});
