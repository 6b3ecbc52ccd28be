// What the relay remembers between requests: the proofs of work already used (a proof counts
// once) and how many proposals each address sent in the current hour. Under Node one process
// holds it in a bounded LRU (memory-state.ts); on Workers a Durable Object shared by every
// isolate and location (durable-state.ts). Both forget each entry once it no longer matters.

export interface RelayState {
  /** Marks a proof as used until `until` (ms since epoch); false when it already was. */
  claimProof(id: string, until: number): Promise<boolean>;
  /** Counts one proposal from `key` in the window starting now; false when the quota is used up. */
  take(key: string, limit: number, windowMs: number): Promise<boolean>;
}

/** One address's count in its window. */
export interface Window {
  count: number;
  until: number;
}

/** The rule both stores apply: a fresh window when the last one ended, else one more if allowed. */
export function nextWindow(current: Window | undefined, limit: number, windowMs: number, now: number): Window | undefined {
  if (!current || current.until <= now) return { count: 1, until: now + windowMs };
  if (current.count >= limit) return undefined;
  return { count: current.count + 1, until: current.until };
}
