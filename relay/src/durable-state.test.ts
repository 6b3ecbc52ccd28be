// The Durable Object's rules and its sweeping, on a Map standing for its storage (the object in
// workerd, with Cloudflare's storage, is run by relay/test/isolates.test.ts and the relay suites).
import { afterEach, describe, expect, test, vi } from 'vitest';
import { DurableState, RelayStateObject, type ObjectNamespace } from './durable-state.ts';

function memoryStorage() {
  const data = new Map<string, unknown>();
  let alarm: number | null = null;
  return {
    data,
    alarmAt: () => alarm,
    storage: {
      get: <T>(key: string) => Promise.resolve(data.get(key) as T | undefined),
      put: (key: string, value: unknown) => Promise.resolve(void data.set(key, value)),
      delete: (keys: string[]) => Promise.resolve(keys.filter((k) => data.delete(k)).length),
      list: <T>({ limit, startAfter }: { limit: number; startAfter?: string }) =>
        Promise.resolve(
          new Map(
            [...data]
              .sort(([a], [b]) => a.localeCompare(b))
              .filter(([k]) => startAfter === undefined || k > startAfter)
              .slice(0, limit),
          ) as Map<string, T>,
        ),
      getAlarm: () => Promise.resolve(alarm),
      setAlarm: (at: number) => Promise.resolve(void (alarm = at)),
    },
  };
}

function namespaceOf(object: RelayStateObject): ObjectNamespace & { names: string[] } {
  const names: string[] = [];
  return { names, idFromName: (name: string) => names.push(name), get: () => ({ fetch: (r: Request) => object.fetch(r) }) };
}

afterEach(() => vi.useRealTimers());

describe('RelayStateObject', () => {
  test('a proof counts once until its time; counts per address; an alarm is set', async () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const mem = memoryStorage();
    const namespace = namespaceOf(new RelayStateObject(mem));
    const state = new DurableState(namespace);
    expect(await state.claimProof('p', 1_000_500)).toBe(true);
    expect(await state.claimProof('p', 1_000_500)).toBe(false);
    expect([
      await state.take('a', 2, 1000),
      await state.take('a', 2, 1000),
      await state.take('a', 2, 1000),
      await state.take('b', 2, 1000),
    ]).toEqual([true, true, false, true]);
    expect(namespace.names.every((n) => n === 'relais')).toBe(true);
    expect(mem.alarmAt()).toBe(1_000_000 + 15 * 60_000);
    vi.setSystemTime(1_000_500);
    expect(await state.claimProof('p', 1_001_000)).toBe(true);
    vi.setSystemTime(1_001_000);
    expect(await state.take('a', 2, 1000)).toBe(true);
  });

  test('the alarm deletes what has ended, page after page, and comes back while anything remains', async () => {
    vi.useFakeTimers({ now: 0 });
    const mem = memoryStorage();
    const object = new RelayStateObject(mem);
    for (let i = 0; i < 300; i++) mem.data.set(`address:${String(i).padStart(3, '0')}`, { count: 1, until: i < 290 ? 100 : 10_000 });
    vi.setSystemTime(100);
    await object.alarm();
    expect([...mem.data.keys()]).toHaveLength(10);
    expect(mem.alarmAt()).toBe(100 + 15 * 60_000);
    vi.setSystemTime(10_000);
    await mem.storage.setAlarm(0);
    await object.alarm();
    expect(mem.data.size).toBe(0);
    // Nothing left: no alarm set again.
    expect(mem.alarmAt()).toBe(0);
  });
});
