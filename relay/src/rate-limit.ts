// Proposals per address and hour, counted in memory. On Workers each isolate keeps its own count
// (a determined sender reaching several isolates gets a few more tries); the proof-of-work and
// the maintainer's review stay the real barriers. Under Node there is one process: the count is exact.

export class RateLimiter {
  private readonly hits = new Map<string, number[]>();
  private readonly limit: number;
  private readonly windowMs: number;
  private readonly now: () => number;
  constructor(limit: number, windowMs = 3_600_000, now: () => number = Date.now) {
    this.limit = limit;
    this.windowMs = windowMs;
    this.now = now;
  }

  /** Counts one attempt; false when the address already used its quota in the window. */
  take(key: string): boolean {
    const t = this.now();
    const recent = (this.hits.get(key) ?? []).filter((h) => t - h < this.windowMs);
    if (recent.length >= this.limit) {
      this.hits.set(key, recent);
      return false;
    }
    recent.push(t);
    this.hits.set(key, recent);
    // Keeps memory bounded: forget addresses idle for a whole window.
    if (this.hits.size > 10_000) for (const [k, v] of this.hits) if (v.every((h) => t - h >= this.windowMs)) this.hits.delete(k);
    return true;
  }
}
