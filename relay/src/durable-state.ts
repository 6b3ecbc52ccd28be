// The relay's memory on Workers: one Durable Object (declared in wrangler.toml) that every
// isolate, in every Cloudflare location, asks. Cloudflare runs one instance of it at a time and
// its storage calls do not interleave, so "already used?" and "mark used" cannot race. Each entry
// carries its end; an alarm deletes the ended ones, so the storage holds only the current hour.
// Written against the plain fetch interface of Durable Objects, so no Workers-only import is needed.
import { nextWindow, type RelayState, type Window } from './state.ts';

/** The parts of Cloudflare's DurableObjectState the relay uses. */
interface ObjectState {
  storage: {
    get<T>(key: string): Promise<T | undefined>;
    put(key: string, value: unknown): Promise<void>;
    delete(keys: string[]): Promise<number>;
    list<T>(options: { limit: number; startAfter?: string }): Promise<Map<string, T>>;
    getAlarm(): Promise<number | null>;
    setAlarm(at: number): Promise<void>;
  };
}
export interface ObjectNamespace {
  idFromName(name: string): unknown;
  get(id: unknown): { fetch(request: Request): Promise<Response> };
}

type Call = { op: 'proof'; id: string; until: number } | { op: 'take'; key: string; limit: number; windowMs: number };
const SWEEP_EVERY_MS = 15 * 60_000;

/** The Durable Object itself (exported by worker.ts under the class name wrangler.toml declares). */
export class RelayStateObject {
  private readonly state: ObjectState;
  constructor(state: ObjectState) {
    this.state = state;
  }

  async fetch(request: Request): Promise<Response> {
    const call = (await request.json()) as Call;
    const now = Date.now();
    const storage = this.state.storage;
    let ok: boolean;
    if (call.op === 'proof') {
      const key = `proof:${call.id}`;
      const seen = await storage.get<Window>(key);
      ok = !seen || seen.until <= now;
      if (ok) await storage.put(key, { count: 1, until: call.until } satisfies Window);
    } else {
      const key = `address:${call.key}`;
      const next = nextWindow(await storage.get<Window>(key), call.limit, call.windowMs, now);
      if (next) await storage.put(key, next);
      ok = next !== undefined;
    }
    if ((await storage.getAlarm()) === null) await storage.setAlarm(now + SWEEP_EVERY_MS);
    return Response.json({ ok });
  }

  /** Deletes the entries whose time is up, 128 at a time (the most one delete takes), and comes back while any remain. */
  async alarm(): Promise<void> {
    const now = Date.now();
    const storage = this.state.storage;
    let remaining = 0;
    let after: string | undefined;
    for (;;) {
      const page = await storage.list<Window>({ limit: 128, ...(after ? { startAfter: after } : {}) });
      if (page.size === 0) break;
      const ended = [...page].filter(([, w]) => w.until <= now).map(([k]) => k);
      if (ended.length) await storage.delete(ended);
      remaining += page.size - ended.length;
      after = [...page.keys()].at(-1);
    }
    if (remaining > 0) await storage.setAlarm(now + SWEEP_EVERY_MS);
  }
}

/**
 * The handler's side: each question is one call to the single, named instance. The stub is taken
 * again for each call: the Workers runtime ties it to the request that made it.
 */
export class DurableState implements RelayState {
  private readonly namespace: ObjectNamespace;
  constructor(namespace: ObjectNamespace) {
    this.namespace = namespace;
  }

  private async ask(call: Call): Promise<boolean> {
    const stub = this.namespace.get(this.namespace.idFromName('relais'));
    const res = await stub.fetch(new Request('https://etat.relais/', { method: 'POST', body: JSON.stringify(call) }));
    return ((await res.json()) as { ok: boolean }).ok;
  }

  claimProof(id: string, until: number): Promise<boolean> {
    return this.ask({ op: 'proof', id, until });
  }

  take(key: string, limit: number, windowMs: number): Promise<boolean> {
    return this.ask({ op: 'take', key, limit, windowMs });
  }
}
