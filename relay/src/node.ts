// Self-hosting entry: `node relay/src/node.ts` serves the same handler with Node's HTTP server,
// through @hono/node-server's Request/Response adapter. Settings come from the environment
// (see relay/README.md); PORT and HOST choose where it listens, TRUST_PROXY whether a reverse
// proxy in front gives the client's address.
import type { AddressInfo } from 'node:net';
import { serve, type Http2Bindings, type HttpBindings } from '@hono/node-server';
import { createRelay } from './handler.ts';
import { nodeClientAddress, trustsProxy } from './client-address.ts';
import type { RelayEnv } from './config.ts';
import { MemoryState } from './memory-state.ts';
// Under Node the relay reads the official list of communes from disk, as the validator does, and
// parses Markdown with the same portable parser as on Workers, so both give the same answers.
import { portableMarkdown } from '../../src/lib/content/portable-markdown.ts';
import { communes } from '../../src/lib/territories/communes.ts';

export interface NodeRelay {
  url: string;
  close(): Promise<void>;
}

/**
 * Starts the relay, or rejects with every reason its settings are refused (it never runs weakly).
 * Behind a reverse proxy, TRUST_PROXY=1 (or true) makes it count the address that proxy appended
 * to X-Forwarded-For; otherwise it counts the socket's address and ignores the header.
 */
export async function startNodeRelay(
  env: RelayEnv & { PORT?: string; HOST?: string; TRUST_PROXY?: string },
  log?: (message: string) => void,
): Promise<NodeRelay> {
  const relay = await createRelay({
    env,
    context: { communes, markdown: portableMarkdown },
    state: new MemoryState(),
    ...(log ? { log } : {}),
  });
  const trust = trustsProxy(env.TRUST_PROXY);
  return new Promise((resolve) => {
    const server = serve(
      {
        fetch: (request: Request, bindings: HttpBindings | Http2Bindings) =>
          relay(request, nodeClientAddress(request.headers, bindings.incoming.socket.remoteAddress, trust)),
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

/**
 * `node relay/src/node.ts`: starts the relay from the environment and says where it listens, or
 * says why its settings are refused and answers undefined (the process then exits with 1).
 */
export async function main(env: NodeJS.ProcessEnv, out: Pick<Console, 'log' | 'error'>): Promise<NodeRelay | undefined> {
  try {
    const relay = await startNodeRelay(env);
    out.log(`Relais des propositions : ${relay.url}`);
    return relay;
  } catch (error) {
    out.error((error as Error).message);
    return undefined;
  }
}

// Stryker disable next-line all: only a process of its own runs this line, out of reach of Stryker's switches; test/node.test.ts starts one.
if (import.meta.main && !(await main(process.env, console))) process.exit(1);
