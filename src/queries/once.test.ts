import { describe, expect, test } from 'vitest';
import { once } from './once.ts';

describe('once', () => {
  test('loads once for callers that arrive together, and gives them the same value', async () => {
    let loads = 0;
    const get = once(async () => {
      loads++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return { loads };
    });
    const values = await Promise.all(Array.from({ length: 100 }, () => get()));
    expect(loads).toBe(1);
    expect(new Set(values).size).toBe(1);
    expect(await get()).toBe(values[0]);
    expect(loads).toBe(1);
  });
});
