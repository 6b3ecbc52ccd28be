// The relay: one handler on the standard Fetch API (Request → Response), so the same code runs on
// Cloudflare Workers (worker.ts) and under Node (node.ts). It turns a proposal from the site's form
// into a pull request, after the same checks as `npm run validate`.
import { createChallenge, CappedMap, randomInt } from 'altcha-lib';
// The WebCrypto variant: the Workers runtime has no node:crypto without nodejs_compat.
import { deriveKey } from 'altcha-lib/algorithms/web/pbkdf2';
import { deriveHmacKeySecret, verify } from 'altcha-lib/frameworks/shared';
import { RequestError } from '@octokit/request-error';
import { parseDocument } from 'yaml';
import '../../src/schemas/messages.ts';
import { themesFileSchema } from '../../src/schemas/donnees.ts';
import type { Problem } from '../../src/lib/content/problem.ts';
import { recordHeader, validateRecordText, type RuleContext } from '../../src/lib/content/record.ts';
import { referencedRecords } from '../../src/lib/content/rules/index.ts';
import { readConfig, type RelayConfig, type RelayEnv } from './config.ts';
import { githubClient, openPullRequest, readBlob, readRepository, type RepositoryState } from './github.ts';
import { MESSAGES } from './messages.ts';
import { proposalSchema, type Proposal } from './proposal.ts';
import { pullRequestText } from './pull-request-text.ts';
import { RateLimiter } from './rate-limit.ts';

export interface RelayOptions {
  env: RelayEnv;
  /** What the validator's rules need: the communes and a Markdown parser that runs where the relay does. */
  context: RuleContext;
  /** Where the relay writes what the maintainer needs to know (never the contributor's details). */
  log?: (message: string) => void;
}

export type RelayHandler = (request: Request, clientAddress: string) => Promise<Response>;

/** The answer the form reads: `url` of the pull request, or `error` (French) and `problems`. */
export interface RelayAnswer {
  url?: string;
  number?: number;
  error?: string;
  problems?: Array<{ line: number; field?: string; message: string }>;
}

export function createRelay({ env, context, log = console.log }: RelayOptions): RelayHandler {
  const settings = readConfig(env);
  if (!settings.ok) log(`relais : réglages manquants : ${settings.missing.join(', ')}`);
  const config = settings.ok ? settings.config : undefined;
  const limiter = new RateLimiter(config?.ratePerHour ?? 5);
  // A solved challenge is accepted once: replaying it within the isolate's life is refused.
  const used = new CappedMap<string, boolean>({ maxSize: 10_000 });
  let keySecret: Promise<string> | undefined;

  return async (request, clientAddress) => {
    const url = new URL(request.url);
    const origin = request.headers.get('Origin');
    const allowed = config !== undefined && origin === config.origin;
    const cors: Record<string, string> = allowed ? { 'Access-Control-Allow-Origin': config.origin, Vary: 'Origin' } : { Vary: 'Origin' };
    const answer = (status: number, body: RelayAnswer | object, headers: Record<string, string> = {}) =>
      new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...cors, ...headers } });

    if (!config) return answer(503, { error: MESSAGES.notConfigured });
    const route = url.pathname.replace(/\/+$/, '');
    if (route !== '/challenge' && route !== '/propositions') return answer(404, { error: MESSAGES.notFound });
    if (!allowed) return answer(403, { error: MESSAGES.origin });
    if (request.method === 'OPTIONS') {
      return new Response(null, { status: 204, headers: { ...cors, 'Access-Control-Allow-Methods': 'GET, POST', 'Access-Control-Allow-Headers': 'Content-Type', 'Access-Control-Max-Age': '86400' } });
    }
    keySecret ??= deriveHmacKeySecret(config.altchaKey);

    if (route === '/challenge') {
      if (request.method !== 'GET') return answer(405, { error: MESSAGES.method }, { Allow: 'GET, OPTIONS' });
      const challenge = await createChallenge({
        algorithm: 'PBKDF2/SHA-256',
        cost: config.altchaCost,
        counter: randomInt(Math.floor(config.altchaMaxCounter / 2), config.altchaMaxCounter),
        deriveKey,
        expiresAt: new Date(Date.now() + 20 * 60_000),
        hmacSignatureSecret: config.altchaKey,
        hmacKeySignatureSecret: await keySecret,
      });
      return answer(200, challenge);
    }

    if (request.method !== 'POST') return answer(405, { error: MESSAGES.method }, { Allow: 'POST, OPTIONS' });
    if (!(request.headers.get('Content-Type') ?? '').startsWith('application/json')) return answer(415, { error: MESSAGES.contentType });
    const declared = Number(request.headers.get('Content-Length') ?? '0');
    if (declared > config.maxBytes) return answer(413, { error: MESSAGES.tooLarge(config.maxBytes) });
    const raw = await readCapped(request, config.maxBytes);
    if (raw === undefined) return answer(413, { error: MESSAGES.tooLarge(config.maxBytes) });

    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return answer(400, { error: MESSAGES.badJson });
    }
    // The honeypot is looked at before the shape: a robot learns nothing from the answer.
    if (json && typeof json === 'object' && 'website' in json && typeof json.website === 'string' && json.website.trim() !== '') return answer(400, { error: MESSAGES.robot });
    if (!limiter.take(clientAddress)) return answer(429, { error: MESSAGES.rateLimited }, { 'Retry-After': '3600' });
    const parsed = proposalSchema.safeParse(json);
    if (!parsed.success) return answer(400, { error: MESSAGES.badShape });
    const proposal = parsed.data;
    const pow = await verify(proposal.altcha, deriveKey, config.altchaKey, await keySecret, used);
    if (pow.error) return answer(403, { error: MESSAGES.altcha });

    try {
      return await propose(proposal, config, context, answer, log);
    } catch (error) {
      return githubError(error, answer, log);
    }
  };
}

/** Reads at most `max` bytes of the body; undefined when there are more. */
async function readCapped(request: Request, max: number): Promise<string | undefined> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(all);
}

type Answer = (status: number, body: RelayAnswer, headers?: Record<string, string>) => Response;

async function propose(proposal: Proposal, config: RelayConfig, context: RuleContext, answer: Answer, log: (m: string) => void): Promise<Response> {
  const octokit = githubClient(config);
  const state = await readRepository(octokit, config, proposal.collection, proposal.slug);
  if (!proposal.edit && state.existing) return answer(409, { error: MESSAGES.exists(proposal.slug) });
  if (proposal.edit && !state.existing) return answer(409, { error: MESSAGES.missing(proposal.slug) });
  if (state.existing && state.existing.text === proposal.text) return answer(422, { error: MESSAGES.unchanged });

  const themes = themesFileSchema.safeParse(parseDocument(state.themesYaml).toJS());
  const path = `content/${proposal.collection}/${proposal.slug}.md`;
  // The validator's own entry point: the proposed record is checked as if it were in the
  // repository, in place of its old version for an edit.
  const drafts = await draftsCited(octokit, config, proposal, state);
  const problems = validateRecordText(proposal.collection, `${proposal.slug}.md`, proposal.text, themes.success ? themes.data.map((t) => t.id) : [], context, { ids: state.ids, drafts });
  if (problems.length) return answer(422, { error: MESSAGES.invalid, problems: problems.map(toAnswer) });

  const text = pullRequestText(proposal, path, state.existing?.text);
  const suffix = Array.from(crypto.getRandomValues(new Uint8Array(3)), (b) => b.toString(16).padStart(2, '0')).join('');
  const pr = await openPullRequest(octokit, config, {
    baseSha: state.baseSha,
    branchName: `proposition/${proposal.collection}/${proposal.slug}-${suffix}`,
    path,
    text: proposal.text,
    fileSha: state.existing?.sha,
    ...text,
  });
  for (const w of pr.warnings) log(`relais : demande n° ${pr.number} ouverte, mais ${w}`);
  return answer(201, { url: pr.url, number: pr.number });
}

/** Records a published proposal may not cite: the drafts among those it names (read from the repository). */
const MAX_CITED = 50;
async function draftsCited(octokit: ReturnType<typeof githubClient>, config: RelayConfig, proposal: Proposal, state: RepositoryState): Promise<Set<string>> {
  const header = recordHeader(proposal.text);
  if (!header || header.brouillon === true) return new Set();
  const cited = referencedRecords(proposal.collection, header)
    .filter((id) => id !== `${proposal.collection}/${proposal.slug}` && state.blobs.has(id))
    .slice(0, MAX_CITED);
  const texts = await Promise.all(cited.map((id) => readBlob(octokit, config, state.blobs.get(id) as string)));
  return new Set(cited.filter((_, i) => recordHeader(texts[i] as string)?.brouillon === true));
}

function toAnswer(p: Problem): { line: number; field?: string; message: string } {
  return { line: p.line, ...(p.field ? { field: p.field } : {}), message: p.message };
}

function githubError(error: unknown, answer: Answer, log: (m: string) => void): Response {
  if (!(error instanceof RequestError)) {
    log(`relais : erreur inattendue : ${String(error)}`);
    return answer(502, { error: MESSAGES.githubDown });
  }
  log(`relais : GitHub a répondu ${error.status} à ${error.request.method} ${new URL(error.request.url).pathname} : ${error.message}`);
  const headers = error.response?.headers ?? {};
  const remaining = headers['x-ratelimit-remaining'];
  const retryAfter = Number(headers['retry-after'] ?? NaN);
  const reset = Number(headers['x-ratelimit-reset'] ?? NaN);
  if (error.status === 429 || (error.status === 403 && (String(remaining) === '0' || Number.isFinite(retryAfter)))) {
    const seconds = Number.isFinite(retryAfter) ? retryAfter : Number.isFinite(reset) ? reset - Date.now() / 1000 : 3600;
    const minutes = Math.max(1, Math.ceil(seconds / 60));
    return answer(503, { error: MESSAGES.githubRateLimit(minutes) }, { 'Retry-After': String(minutes * 60) });
  }
  if (error.status === 409 || error.status === 422) return answer(409, { error: MESSAGES.conflict });
  if (error.status === 401 || error.status === 403 || error.status === 404) return answer(502, { error: MESSAGES.githubAuth });
  return answer(502, { error: MESSAGES.githubDown });
}
