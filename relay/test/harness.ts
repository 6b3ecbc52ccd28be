// Starts the relay for the tests, either under Node (node.ts) or in the Workers runtime (workerd,
// through wrangler's own dev server and relay/wrangler.toml), with the given settings; and
// plays the browser's part of ALTCHA (fetch a challenge, solve it).
import { generateKeyPairSync } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/web/pbkdf2';
import { unstable_startWorker } from 'wrangler';
import type { RelayEnv } from '../src/config.ts';
import { startNodeRelay } from '../src/node.ts';

export type Runtime = 'node' | 'workers';
/** Both runtimes, except in the mutation run (relay/vitest.mutation.config.ts), which sets RELAY_RUNTIMES=node. */
export const RUNTIMES: Runtime[] = process.env.RELAY_RUNTIMES === 'node' ? ['node'] : ['node', 'workers'];
export interface RunningRelay {
  url: string;
  close(): Promise<void>;
}

const relayDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A fresh RSA key, in the PKCS#8 form the maintainer converts GitHub's key to (relay/README.md). */
export function appPrivateKey(type: 'pkcs8' | 'pkcs1' = 'pkcs8'): string {
  return generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type, format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  }).privateKey;
}

/** The relay's settings in the tests: one GitHub App on the fake API, a cheap proof of work (allowed by RELAY_TESTING only). */
export function testEnv(origin: string, githubUrl: string, overrides: Partial<RelayEnv> = {}): RelayEnv {
  return {
    ALLOWED_ORIGIN: origin,
    GITHUB_REPOSITORY: 'equipe/centre',
    CONTACT_REPOSITORY: 'equipe/suivi',
    GITHUB_APP_ID: '12345',
    GITHUB_APP_PRIVATE_KEY: appPrivateKey(),
    GITHUB_INSTALLATION_ID: '678',
    RELAY_TESTING: '1',
    GITHUB_API_URL: githubUrl,
    ALTCHA_HMAC_KEY: 'clé de test, assez longue pour être acceptée',
    ALTCHA_COST: '10',
    REVIEWERS: 'relecteur',
    ...overrides,
  };
}

/**
 * Under Node, the relay trusts the X-Forwarded-For header as behind a proxy unless `trustProxy`
 * says otherwise (then it counts the socket's address, 127.0.0.1 in the tests).
 */
export async function startRelay(
  runtime: Runtime,
  env: RelayEnv,
  port = 0,
  options: { trustProxy?: string; log?: (m: string) => void } = {},
): Promise<RunningRelay> {
  if (runtime === 'node')
    return startNodeRelay({ ...env, PORT: String(port), HOST: '127.0.0.1', TRUST_PROXY: options.trustProxy ?? '1' }, options.log);
  const worker = await unstable_startWorker({
    config: path.join(relayDir, 'wrangler.toml'),
    bindings: Object.fromEntries(Object.entries(env).map(([k, v]) => [k, { type: 'plain_text' as const, value: String(v) }])),
    sendMetrics: false,
    dev: {
      server: { hostname: '127.0.0.1', port },
      inspector: false,
      watch: false,
      liveReload: false,
      persist: false,
      logLevel: (process.env.RELAY_LOG as 'log' | undefined) ?? 'warn',
    },
  });
  const url = await worker.url;
  return { url: url.origin, close: () => worker.dispose() };
}

/** What the widget does: fetch a challenge from the relay and solve it; the base64 payload it submits. */
export async function solvedAltcha(relayUrl: string, origin: string): Promise<string> {
  const res = await fetch(`${relayUrl}/challenge`, { headers: { Origin: origin } });
  if (!res.ok) throw new Error(`challenge: ${res.status} ${await res.text()}`);
  const challenge = (await res.json()) as Challenge;
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error('challenge not solved');
  return btoa(JSON.stringify({ challenge, solution }));
}

export interface Sent {
  status: number;
  cors: string | null;
  json: { url?: string; number?: number; error?: string; problems?: Array<{ line: number; field?: string; message: string }> };
}

/** Posts a proposal (or anything) to the relay as the form would, with the given extra headers. */
export async function send(relayUrl: string, body: object | string, headers: Record<string, string>): Promise<Sent> {
  const res = await fetch(`${relayUrl}/propositions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, cors: res.headers.get('Access-Control-Allow-Origin'), json: (await res.json()) as Sent['json'] };
}

/** A port nobody listens on right now, for a relay whose address the site is built with. */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
