// Self-hosting entry: `node relay/src/node.ts` serves the same handler with Node's HTTP server,
// through @hono/node-server's Request/Response adapter. Settings come from the environment
// (see relay/README.md); PORT and HOST choose where it listens.
import type { AddressInfo } from 'node:net';
import { serve, type Http2Bindings, type HttpBindings } from '@hono/node-server';
import { createRelay } from './handler.ts';
import type { RelayEnv } from './config.ts';
// Under Node the relay reads the official list of communes from disk, as the validator does, and
// parses Markdown with the same portable parser as on Workers, so both give the same answers.
import { portableMarkdown } from '../../src/lib/content/portable-markdown.ts';
import { communes } from '../../src/lib/territories/communes.ts';

export interface NodeRelay {
  url: string;
  close(): Promise<void>;
}

/**
 * Starts the relay. Behind a reverse proxy, set TRUST_PROXY=1 so the client address is read
 * from X-Forwarded-For (otherwise everyone would share the proxy's address in the rate limit).
 */
export function startNodeRelay(env: RelayEnv & { PORT?: string; HOST?: string; TRUST_PROXY?: string }): Promise<NodeRelay> {
  const relay = createRelay({ env, context: { communes, markdown: portableMarkdown } });
  return new Promise((resolve) => {
    const server = serve(
      {
        fetch: (request: Request, bindings: HttpBindings | Http2Bindings) => {
          const forwarded = env.TRUST_PROXY ? request.headers.get('X-Forwarded-For')?.split(',')[0]?.trim() : undefined;
          return relay(request, forwarded || bindings.incoming.socket.remoteAddress || 'inconnue');
        },
        port: Number(env.PORT ?? 8787),
        hostname: env.HOST ?? '127.0.0.1',
      },
      (info: AddressInfo) => {
        resolve({
          url: `http://${info.family === 'IPv6' ? `[${info.address}]` : info.address}:${info.port}`,
          close: () => new Promise<void>((done, fail) => server.close((e) => (e ? fail(e) : done()))),
        });
      },
    );
  });
}

if (import.meta.main) {
  const relay = await startNodeRelay(process.env);
  console.log(`Relais des propositions : ${relay.url}`);
}
