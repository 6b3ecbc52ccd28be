// What the relay answers to each kind of request before any GitHub call, under Node and in the
// Workers runtime: routes, methods, the preflight, headers on every answer, content types, the
// declared size, bodies that are not a proposal, the honeypot left empty, the rate limit's answer.
import { request as httpRequest } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { VALID } from '../../tests/helpers/content.ts';
import { MESSAGES } from '../src/messages.ts';
import { send, solvedAltcha, startRelay, testEnv, type RunningRelay, RUNTIMES, type Runtime } from './harness.ts';
import { startFakeGitHub, type FakeGitHub } from './fake-github.ts';

const SITE = 'http://127.0.0.1:4321';
const files = Object.fromEntries(Object.entries(VALID).map(([name, text]) => [`content/${name}`, text]));
const acteur = (titre: string) => VALID['acteurs/asso-test.md']!.replace('titre: Association de test', `titre: ${titre}`);
const MAX = 20_000;

describe.each<Runtime>(RUNTIMES)('relay answers under %s', (runtime) => {
  let github: FakeGitHub;
  let relay: RunningRelay;
  let n = 0;

  beforeAll(async () => {
    github = await startFakeGitHub({ owner: 'equipe', repo: 'centre', branch: 'main', files });
    relay = await startRelay(
      runtime,
      testEnv(SITE, github.url, { MAX_BODY_BYTES: String(MAX), ALTCHA_MAX_COUNTER: '40', RATE_LIMIT_PER_HOUR: '1' }),
    );
  });
  afterAll(async () => {
    await relay?.close();
    await github?.close();
  });
  afterEach(() => expect(github.mismatches).toEqual([]));

  /** A new address for each sending, so that only the rate limit's test meets the limit. */
  const fresh = () => {
    const address = `198.51.100.${++n}`;
    return { Origin: SITE, 'X-Forwarded-For': address, 'CF-Connecting-IP': address };
  };
  const proposal = async (over: Record<string, unknown> = {}) => ({
    collection: 'acteurs',
    slug: `reponse-${++n}`,
    text: acteur(`Association de la réponse ${n}`),
    altcha: await solvedAltcha(relay.url, SITE),
    ...over,
  });
  const answer = async (res: Response) => ({
    status: res.status,
    error: ((await res.json()) as { error?: string }).error,
    headers: Object.fromEntries(
      ['content-type', 'cache-control', 'vary', 'allow', 'access-control-allow-origin', 'retry-after'].map((h) => [h, res.headers.get(h)]),
    ),
  });
  const json = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', vary: 'Origin' };

  test('an unknown address is 404; trailing slashes are the same address', async () => {
    expect(await answer(await fetch(`${relay.url}/ailleurs`, { headers: { Origin: SITE } }))).toEqual({
      status: 404,
      error: MESSAGES.notFound,
      headers: { ...json, allow: null, 'access-control-allow-origin': SITE, 'retry-after': null },
    });
    expect((await fetch(`${relay.url}/challenge//`, { headers: { Origin: SITE } })).status).toBe(200);
    const slashes = await fetch(`${relay.url}/propositions//`, {
      method: 'POST',
      headers: { ...fresh(), 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(await answer(slashes)).toMatchObject({ status: 400, error: MESSAGES.badShape });
  });

  test('another origin is told why, without CORS, and caches keep answers apart by origin', async () => {
    expect(await answer(await fetch(`${relay.url}/challenge`, { headers: { Origin: 'https://ailleurs.example' } }))).toEqual({
      status: 403,
      error: MESSAGES.origin,
      headers: { ...json, allow: null, 'access-control-allow-origin': null, 'retry-after': null },
    });
  });

  test('the preflight allows GET and POST with a JSON body, for a day', async () => {
    const res = await fetch(`${relay.url}/challenge`, {
      method: 'OPTIONS',
      headers: { Origin: SITE, 'Access-Control-Request-Method': 'GET' },
    });
    expect(res.status).toBe(204);
    expect({
      methods: res.headers.get('Access-Control-Allow-Methods'),
      maxAge: res.headers.get('Access-Control-Max-Age'),
      vary: res.headers.get('Vary'),
    }).toEqual({ methods: 'GET, POST', maxAge: '86400', vary: 'Origin' });
  });

  test('each address takes its own method, and says which', async () => {
    const postChallenge = await fetch(`${relay.url}/challenge`, { method: 'POST', headers: { Origin: SITE } });
    expect(await answer(postChallenge)).toEqual({
      status: 405,
      error: MESSAGES.method,
      headers: { ...json, allow: 'GET, OPTIONS', 'access-control-allow-origin': SITE, 'retry-after': null },
    });
    const getProposals = await fetch(`${relay.url}/propositions`, { headers: { Origin: SITE } });
    expect(await answer(getProposals)).toEqual({
      status: 405,
      error: MESSAGES.method,
      headers: { ...json, allow: 'POST, OPTIONS', 'access-control-allow-origin': SITE, 'retry-after': null },
    });
  });

  test('only a JSON body is read, with or without its charset', async () => {
    const post = (contentType: string | undefined) =>
      fetch(`${relay.url}/propositions`, {
        method: 'POST',
        headers: { ...fresh(), ...(contentType ? { 'Content-Type': contentType } : {}) },
        // Bytes: fetch adds no Content-Type of its own.
        body: new TextEncoder().encode('{"x":1}'),
      });
    expect(await answer(await post(undefined))).toMatchObject({ status: 415, error: MESSAGES.contentType });
    expect(await answer(await post('text/plain'))).toMatchObject({ status: 415, error: MESSAGES.contentType });
    expect(await answer(await post('application/json; charset=utf-8'))).toMatchObject({ status: 400, error: MESSAGES.badShape });
  });

  test('a body announced larger than the limit is refused before it arrives; one of exactly the limit is read', async () => {
    // Under Node, headers only: the body never comes, and the relay answers at once instead of
    // waiting for it. Wrangler's local proxy in front of workerd waits for the whole body before
    // the Worker sees the request: there the body comes, and the header alone is still refused.
    const announced = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(`${relay.url}/propositions`, {
        method: 'POST',
        headers: { ...fresh(), 'Content-Type': 'application/json', 'Content-Length': String(MAX + 1) },
      });
      req.on('response', (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += String(d)));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, body });
          req.destroy();
        });
      });
      req.on('error', reject);
      // Waiting for a body that never comes would hold the request open: the test says so in time.
      req.setTimeout(10_000, () => reject(new Error('no answer: the relay waits for the announced body')));
      if (runtime === 'node') req.flushHeaders();
      else req.end(JSON.stringify({ x: 'y'.repeat(MAX + 1 - '{"x":""}'.length) }));
    });
    expect(announced.status).toBe(413);
    expect((JSON.parse(announced.body) as { error: string }).error).toBe(MESSAGES.tooLarge(MAX));
    const exact = JSON.stringify({ x: 'y'.repeat(MAX - '{"x":""}'.length) });
    expect(new TextEncoder().encode(exact).length).toBe(MAX);
    expect((await send(relay.url, exact, fresh())).json.error).toBe(MESSAGES.badShape);
  });

  test('a body that is not JSON, or JSON that is not a proposal, is refused for what it is', async () => {
    expect((await send(relay.url, '{"collection": "acteurs",', fresh())).json.error).toBe(MESSAGES.badJson);
    for (const body of ['null', '"une phrase"', '42', '[]', '{"website": 1}']) {
      const res = await send(relay.url, body, fresh());
      expect(res, body).toEqual({ status: 400, cors: SITE, json: { error: MESSAGES.badShape } });
    }
    // A proof of work far longer than any the widget makes is not even checked.
    const long = await proposal({ altcha: 'A'.repeat(10_001) });
    expect((await send(relay.url, long, fresh())).json.error).toBe(MESSAGES.badShape);
  });

  test('the hidden field left empty, or holding only spaces as some browsers fill it, is a person', async () => {
    for (const website of ['', '   ']) {
      const res = await send(relay.url, await proposal({ website }), fresh());
      expect(res.status, JSON.stringify(website)).toBe(201);
    }
    expect((await send(relay.url, await proposal({ website: ' x ' }), fresh())).json.error).toBe(MESSAGES.robot);
  });

  test('the rate limit says when to come back, in the header too', async () => {
    const from = fresh();
    expect((await send(relay.url, await proposal(), from)).status).toBe(201);
    const res = await fetch(`${relay.url}/propositions`, {
      method: 'POST',
      headers: { ...from, 'Content-Type': 'application/json' },
      body: JSON.stringify(await proposal()),
    });
    expect(await answer(res)).toEqual({
      status: 429,
      error: MESSAGES.rateLimited,
      headers: { ...json, allow: null, 'access-control-allow-origin': SITE, 'retry-after': '3600' },
    });
  });

  test('a proof-of-work setting beyond what a proof can encode still gives a challenge, at the largest work there is', async () => {
    const hard = await startRelay(runtime, testEnv(SITE, github.url, { ALTCHA_MAX_COUNTER: String(2 ** 32) }));
    try {
      const res = await fetch(`${hard.url}/challenge?fiches=500`, { headers: { Origin: SITE } });
      expect(res.status).toBe(200);
      expect((await res.json()) as object).toHaveProperty('parameters.nonce');
    } finally {
      await hard.close();
    }
  });
});
