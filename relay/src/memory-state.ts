// The relay's memory under Node: one process, so one bounded map is exact. lru-cache drops each
// entry when its time is up, and the least recently used ones first when it is full: an
// attacker inventing addresses (IPv6 gives endless ones, though they are counted by /64) can
// only push out other addresses' counts, never grow the memory. Proofs expire with their
// challenge, so a forgotten one could not be replayed anyway.
import { LRUCache } from 'lru-cache';
import { nextWindow, type RelayState, type Window } from './state.ts';

export class MemoryState implements RelayState {
  private readonly proofs: LRUCache<string, true>;
  private readonly windows: LRUCache<string, Window>;
  private readonly now: () => number;

  constructor(maxEntries = 50_000, now: () => number = Date.now) {
    this.now = now;
    // lru-cache reads its own clock (performance.now), caching it for a moment; `perf` and no
    // caching (ttlResolution 0) make it read `now`, which the tests move.
    const perf = { now };
    this.proofs = new LRUCache({ max: maxEntries, perf, ttlResolution: 0 });
    this.windows = new LRUCache({ max: maxEntries, perf, ttlResolution: 0 });
  }

  claimProof(id: string, until: number): Promise<boolean> {
    if (this.proofs.has(id)) return Promise.resolve(false);
    this.proofs.set(id, true, { ttl: Math.max(1, until - this.now()) });
    return Promise.resolve(true);
  }

  take(key: string, limit: number, windowMs: number): Promise<boolean> {
    const t = this.now();
    const next = nextWindow(this.windows.get(key), limit, windowMs, t);
    if (next) this.windows.set(key, next, { ttl: Math.max(1, next.until - t) });
    return Promise.resolve(next !== undefined);
  }
}
