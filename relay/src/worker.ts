// Cloudflare Workers entry (see wrangler.toml). The client address is Cloudflare's own
// CF-Connecting-IP; the used proofs and the per-address counts live in one Durable Object that
// every isolate shares (durable-state.ts).
import { createRelay, unconfiguredRelay, type RelayHandler } from './handler.ts';
import { workersClientAddress } from './client-address.ts';
import type { RelayEnv } from './config.ts';
import { DurableState, type ObjectNamespace } from './durable-state.ts';
import { portableMarkdown } from '../../src/lib/content/portable-markdown.ts';
import { communesFromText } from './communes-text.ts';
// Written by scripts/communes.mjs, which wrangler runs before bundling ([build] in wrangler.toml).
import communesText from '../.generated/communes.txt';

export { RelayStateObject } from './durable-state.ts';

const context = { communes: communesFromText(communesText), markdown: portableMarkdown };

// One relay per isolate, prepared at its first request (a Worker has no start of its own): the
// settings and the key are checked once; refused, every request answers 503 and the log says why.
let relay: Promise<RelayHandler> | undefined;

export default {
  async fetch(request: Request, env: RelayEnv & { RELAY_STATE: ObjectNamespace }): Promise<Response> {
    relay ??= createRelay({ env, context, state: new DurableState(env.RELAY_STATE) }).catch((error: unknown) => {
      console.log((error as Error).message);
      return unconfiguredRelay;
    });
    return (await relay)(request, workersClientAddress(request.headers));
  },
};
