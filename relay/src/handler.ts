// The relay: one handler on the standard Fetch API (Request → Response), so the same code runs on
// Cloudflare Workers (worker.ts) and under Node (node.ts). It turns a proposal from the site's form
// into a pull request, after the same checks as `npm run validate`.
// Order matters: the cheap refusals first (origin, size, shape, honeypot), then the proof of
// work, and only then the per-address limit: a request that has not done the work never uses up
// anybody's quota. GitHub comes last.
import { createChallenge, randomInt } from 'altcha-lib';
// The WebCrypto variant: the Workers runtime has no node:crypto without nodejs_compat.
import { deriveKey } from 'altcha-lib/algorithms/web/pbkdf2';
import { deriveHmacKeySecret, verify } from 'altcha-lib/frameworks/shared';
import '../../src/schemas/messages.ts';
import type { RuleContext } from '../../src/lib/content/record.ts';
import type { Answer } from './answer.ts';
import { importAppKey, jwtSigner } from './app-key.ts';
import { readCapped } from './body.ts';
import { addressKey } from './client-address.ts';
import { readConfig, type RelayEnv } from './config.ts';
import { githubClient } from './github.ts';
import { githubError } from './github-error.ts';
import { MESSAGES } from './messages.ts';
import { proposalSchema } from './proposal.ts';
import { propose } from './propose.ts';
import { batchSchema, proposeBatch } from './batch.ts';
import { BATCH_BODY_BYTES, batchWorkFactor, MAX_BATCH_RECORDS } from '../../src/lib/import/batch.ts';
import type { RelayState } from './state.ts';

export interface RelayOptions {
  env: RelayEnv;
  /** What the validator's rules need: the communes and a Markdown parser that runs where the relay does. */
  context: RuleContext;
  /** Used proofs and per-address counts: shared by every instance of the relay. */
  state: RelayState;
  /** Where the relay writes what the maintainer needs to know (never the contributor's details). */
  log?: (message: string) => void;
}

export type RelayHandler = (request: Request, clientAddress: string) => Promise<Response>;

/** Settings the relay will not run with; the message lists every reason. */
export class RelaySettingsError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`relais : réglages refusés : ${problems.join(' ; ')}`);
    this.problems = problems;
  }
}

/** A challenge must be solved, and its proof used, within this time. */
export const CHALLENGE_LIFETIME_MS = 20 * 60_000;
const HOUR_MS = 3_600_000;

const json = (status: number, body: object, headers: Record<string, string>) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });

/** The number of records a solved challenge was made for (its signed data), 1 when it says none. */
function provenFor(payload: unknown): number {
  // Called only once `verify` accepted the proof: its challenge and their parameters are there.
  const fiches = (payload as { challenge: { parameters: { data?: { fiches?: unknown } } } }).challenge.parameters.data?.fiches;
  return typeof fiches === 'number' ? fiches : 1;
}

/** What answers while the settings are refused (Workers, where the relay cannot refuse to start). */
export const unconfiguredRelay: RelayHandler = () => Promise.resolve(json(503, { error: MESSAGES.notConfigured }, { Vary: 'Origin' }));

/** Checks the settings and imports the key once; throws RelaySettingsError rather than run weakly. */
export async function createRelay({ env, context, state, log = console.log }: RelayOptions): Promise<RelayHandler> {
  const settings = readConfig(env);
  if (!settings.ok) throw new RelaySettingsError(settings.problems);
  const config = settings.config;
  const key = await importAppKey(config.privateKey).catch((error: unknown) => {
    throw new RelaySettingsError([(error as Error).message]);
  });
  const octokit = githubClient(config, jwtSigner(key));
  const keySecret = await deriveHmacKeySecret(config.altchaKey);
  // A solved challenge is accepted once, for as long as it could be valid, across every instance.
  const used = {
    get: () => undefined,
    set: () => undefined,
    setIfAbsent: (id: string) => state.claimProof(id, Date.now() + CHALLENGE_LIFETIME_MS),
  };

  return async (request, clientAddress) => {
    const route = new URL(request.url).pathname.replace(/\/+$/, '');
    const allowed = request.headers.get('Origin') === config.origin;
    const cors: Record<string, string> = allowed ? { 'Access-Control-Allow-Origin': config.origin, Vary: 'Origin' } : { Vary: 'Origin' };
    const answer: Answer = (status, body, headers = {}) => json(status, body, { ...cors, ...headers });

    const isBatch = route === '/propositions/lot';
    if (route !== '/challenge' && route !== '/propositions' && !isBatch) return answer(404, { error: MESSAGES.notFound });
    if (!allowed) return answer(403, { error: MESSAGES.origin });
    if (request.method === 'OPTIONS') {
      return new Response(null, {
        status: 204,
        headers: {
          ...cors,
          'Access-Control-Allow-Methods': 'GET, POST',
          'Access-Control-Allow-Headers': 'Content-Type',
          'Access-Control-Max-Age': '86400',
        },
      });
    }

    if (route === '/challenge') {
      if (request.method !== 'GET') return answer(405, { error: MESSAGES.method }, { Allow: 'GET, OPTIONS' });
      // A batch's challenge (?fiches=N) asks more work the more records it carries, and says
      // for how many, under the challenge's signature.
      const fiches = Math.min(
        MAX_BATCH_RECORDS,
        // No ?fiches (Number(null) is 0) or anything but a number: one record.
        Math.max(1, Math.trunc(Number(new URL(request.url).searchParams.get('fiches'))) || 1),
      );
      const factor = batchWorkFactor(fiches);
      const challenge = await createChallenge({
        algorithm: 'PBKDF2/SHA-256',
        cost: config.altchaCost,
        counter: Math.min(2 ** 32 - 1, randomInt(Math.floor(config.altchaMaxCounter / 2), config.altchaMaxCounter) * factor),
        data: { fiches },
        deriveKey,
        expiresAt: new Date(Date.now() + CHALLENGE_LIFETIME_MS),
        hmacSignatureSecret: config.altchaKey,
        hmacKeySignatureSecret: keySecret,
      });
      return json(200, challenge, cors);
    }

    if (request.method !== 'POST') return answer(405, { error: MESSAGES.method }, { Allow: 'POST, OPTIONS' });
    if (!(request.headers.get('Content-Type') ?? '').startsWith('application/json')) return answer(415, { error: MESSAGES.contentType });
    const maxBytes = isBatch ? BATCH_BODY_BYTES : config.maxBytes;
    // Announced too large: refused before reading (no Content-Length is Number(null), 0).
    if (Number(request.headers.get('Content-Length')) > maxBytes) return answer(413, { error: MESSAGES.tooLarge(maxBytes) });
    const raw = await readCapped(request, maxBytes);
    if (raw === undefined) return answer(413, { error: MESSAGES.tooLarge(maxBytes) });
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      return answer(400, { error: MESSAGES.badJson });
    }
    // The honeypot is looked at before the shape: a robot learns nothing from the answer.
    if (body && typeof body === 'object' && 'website' in body && typeof body.website === 'string' && body.website.trim() !== '')
      return answer(400, { error: MESSAGES.robot });
    const parsed = isBatch ? batchSchema.safeParse(body) : proposalSchema.safeParse(body);
    if (!parsed.success) return answer(400, { error: MESSAGES.badShape });
    const pow = await verify(parsed.data.altcha, deriveKey, config.altchaKey, keySecret, used);
    if (pow.error) return answer(403, { error: MESSAGES.altcha });
    const proposal = parsed.data;
    if ('fiches' in proposal && provenFor(pow.payload) < proposal.fiches.length) return answer(403, { error: MESSAGES.batchAltcha });
    if (!(await state.take(addressKey(clientAddress), config.ratePerHour, HOUR_MS)))
      return answer(429, { error: MESSAGES.rateLimited }, { 'Retry-After': '3600' });

    try {
      return 'fiches' in proposal
        ? await proposeBatch(octokit, proposal, config, context, answer, log)
        : await propose(octokit, proposal, config, context, answer, log);
    } catch (error) {
      return githubError(error, answer, log);
    }
  };
}
