import { describe, expect, test } from 'vitest';
import { MemoryState } from './memory-state.ts';
import { nextWindow } from './state.ts';

describe('MemoryState', () => {
  test('refuses the attempt past the limit and accepts again once the window has passed', async () => {
    let now = 1_000;
    const state = new MemoryState(100, () => now);
    expect([await state.take('a', 2, 1000), await state.take('a', 2, 1000), await state.take('a', 2, 1000)]).toEqual([true, true, false]);
    expect(await state.take('b', 2, 1000)).toBe(true);
    now += 999;
    expect(await state.take('a', 2, 1000)).toBe(false);
    now += 1;
    expect(await state.take('a', 2, 1000)).toBe(true);
  });

  test('accepts a proof once, until its time is up', async () => {
    let now = 1_000;
    const state = new MemoryState(100, () => now);
    expect(await state.claimProof('p', now + 500)).toBe(true);
    expect(await state.claimProof('p', now + 500)).toBe(false);
    expect(await state.claimProof('q', now + 500)).toBe(true);
    now += 501;
    expect(await state.claimProof('p', now + 500)).toBe(true);
  });

  test('stays bounded: the least recently used addresses are forgotten first', async () => {
    const state = new MemoryState(3, () => 0);
    for (const k of ['a', 'b', 'c', 'd']) expect(await state.take(k, 1, 1000)).toBe(true);
    // « a » was pushed out by « d »; « d » is still counted.
    expect(await state.take('a', 1, 1000)).toBe(true);
    expect(await state.take('d', 1, 1000)).toBe(false);
  });
});

describe('nextWindow', () => {
  test('opens a window, counts in it, refuses past the limit, opens a new one at its end', () => {
    expect(nextWindow(undefined, 2, 100, 10)).toEqual({ count: 1, until: 110 });
    expect(nextWindow({ count: 1, until: 110 }, 2, 100, 50)).toEqual({ count: 2, until: 110 });
    expect(nextWindow({ count: 2, until: 110 }, 2, 100, 109)).toBeUndefined();
    expect(nextWindow({ count: 2, until: 110 }, 2, 100, 110)).toEqual({ count: 1, until: 210 });
  });
});
