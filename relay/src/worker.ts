// Cloudflare Workers entry (see wrangler.toml). The client address comes from Cloudflare's header.
import { createRelay, type RelayHandler } from './handler.ts';
import type { RelayEnv } from './config.ts';
import { communeLookup } from './communes-text.ts';
// Written by scripts/communes.mjs, which wrangler runs before bundling ([build] in wrangler.toml).
import communesText from '../.generated/communes.txt';

const commune = communeLookup(communesText);

// One relay per isolate: the rate limit and the used challenges live as long as it does.
let relay: RelayHandler | undefined;

export default {
  fetch(request: Request, env: RelayEnv): Promise<Response> {
    relay ??= createRelay({ env, commune });
    return relay(request, request.headers.get('CF-Connecting-IP') ?? 'inconnue');
  },
};
