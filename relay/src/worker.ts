// Cloudflare Workers entry (see wrangler.toml). The client address comes from Cloudflare's header.
import { createRelay, type RelayHandler } from './handler.ts';
import type { RelayEnv } from './config.ts';
import { portableMarkdown } from '../../src/lib/content/portable-markdown.ts';
import { communesFromText } from './communes-text.ts';
// Written by scripts/communes.mjs, which wrangler runs before bundling ([build] in wrangler.toml).
import communesText from '../.generated/communes.txt';

const context = { communes: communesFromText(communesText), markdown: portableMarkdown };

// One relay per isolate: the rate limit and the used challenges live as long as it does.
let relay: RelayHandler | undefined;

export default {
  fetch(request: Request, env: RelayEnv): Promise<Response> {
    relay ??= createRelay({ env, context });
    return relay(request, request.headers.get('CF-Connecting-IP') ?? 'inconnue');
  },
};
