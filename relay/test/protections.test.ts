// What an abuser would try, under Node and in the Workers runtime: invented forwarding headers,
// bare posts to use up someone's quota, endless bodies, look-alike origins, expired or replayed
// proofs, a GitHub that never answers, weak settings. Each test would pass with the protection
// removed only if it could not fail: each asserts the refusal and a control that is accepted.
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createChallenge, solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/web/pbkdf2';
import { deriveHmacKeySecret } from 'altcha-lib/frameworks/shared';
import { VALID } from '../../tests/helpers/content.ts';
import { startNodeRelay } from '../src/node.ts';
import { MESSAGES } from '../src/messages.ts';
import { send, solvedAltcha, startRelay, testEnv, type RunningRelay, RUNTIMES, type Runtime } from './harness.ts';
import { startFakeGitHub, type FakeGitHub } from './fake-github.ts';

const SITE = 'http://127.0.0.1:4321';
const files = Object.fromEntries(Object.entries(VALID).map(([name, text]) => [`content/${name}`, text]));
const acteur = (titre: string) => VALID['acteurs/asso-test.md']!.replace('titre: Association de test', `titre: ${titre}`);
const LIMIT = 2;

describe.each<Runtime>(RUNTIMES)('relay under %s', (runtime) => {
  let github: FakeGitHub;
  let relay: RunningRelay;
  let n = 0;
  const env = () =>
    testEnv(SITE, github.url, {
      RATE_LIMIT_PER_HOUR: String(LIMIT),
      MAX_BODY_BYTES: '20000',
      GITHUB_TIMEOUT_MS: '1500',
      ALTCHA_MAX_COUNTER: '40',
    });

  beforeAll(async () => {
    github = await startFakeGitHub({ owner: 'equipe', repo: 'centre', branch: 'main', files });
    relay = await startRelay(runtime, env());
  });
  afterAll(async () => {
    await relay?.close();
    await github?.close();
  });
  afterEach(() => expect(github.mismatches).toEqual([]));

  const proposal = async (over: Record<string, unknown> = {}) => {
    const slug = `protection-${++n}`;
    return { collection: 'acteurs', slug, text: acteur(`Association protégée ${n}`), altcha: await solvedAltcha(relay.url, SITE), ...over };
  };
  /** The address headers of each runtime: Cloudflare's own header, or the proxy's last entry. */
  const from = (address: string, invented: string): Record<string, string> =>
    runtime === 'workers' ? { 'CF-Connecting-IP': address, 'X-Forwarded-For': invented } : { 'X-Forwarded-For': `${invented}, ${address}` };

  test('invented forwarding headers never raise an address’s quota', async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= LIMIT; i++)
      statuses.push((await send(relay.url, await proposal(), { Origin: SITE, ...from('198.51.100.1', `203.0.113.${i}`) })).status);
    expect(statuses).toEqual([...Array<number>(LIMIT).fill(201), 429]);
  });

  test('IPv6 addresses are counted by their /64', async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= LIMIT; i++)
      statuses.push((await send(relay.url, await proposal(), { Origin: SITE, ...from(`2001:db8:1:2::${i + 1}`, '203.0.113.9') })).status);
    expect(statuses).toEqual([...Array<number>(LIMIT).fill(201), 429]);
    // Another /64 has its own quota.
    expect((await send(relay.url, await proposal(), { Origin: SITE, ...from('2001:db8:1:3::1', '203.0.113.9') })).status).toBe(201);
  });

  test('bare posts, forged and replayed proofs never use up the quota', async () => {
    const address = from('198.51.100.2', '203.0.113.1');
    const bare = [];
    for (let i = 0; i < 6; i++) bare.push((await send(relay.url, { x: 1 }, { Origin: SITE, ...address })).status);
    expect(bare).toEqual(Array<number>(6).fill(400));
    const forged = await proposal();
    const decoded = JSON.parse(atob(forged.altcha)) as { solution: { derivedKey: string } };
    decoded.solution.derivedKey = decoded.solution.derivedKey.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    for (let i = 0; i < 3; i++)
      expect((await send(relay.url, { ...forged, altcha: btoa(JSON.stringify(decoded)) }, { Origin: SITE, ...address })).status).toBe(403);
    const once = await proposal();
    expect((await send(relay.url, once, { Origin: SITE, ...address })).status).toBe(201);
    for (let i = 0; i < 3; i++)
      expect((await send(relay.url, { ...once, slug: `rejoue-${i}` }, { Origin: SITE, ...address })).status).toBe(403);
    // The quota is intact: the last proposal the limit allows still goes through, then 429.
    expect((await send(relay.url, await proposal(), { Origin: SITE, ...address })).status).toBe(201);
    expect((await send(relay.url, await proposal(), { Origin: SITE, ...address })).status).toBe(429);
  });

  test('a body without Content-Length is cut at the size limit', async () => {
    const chunked = (text: string) => {
      const bytes = new TextEncoder().encode(text);
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < bytes.length; i += 4096) controller.enqueue(bytes.subarray(i, i + 4096));
          controller.close();
        },
      });
      return fetch(`${relay.url}/propositions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: SITE, ...from('198.51.100.3', '203.0.113.1') },
        body: stream,
        duplex: 'half',
      } as RequestInit);
    };
    const small = await chunked(JSON.stringify({ x: 1 }));
    expect(small.status).toBe(400);
    const big = await chunked(JSON.stringify({ x: 'y'.repeat(25_000) }));
    expect(big.status).toBe(413);
    expect(((await big.json()) as { error: string }).error).toBe(MESSAGES.tooLarge(20_000));
  });

  test('only the site’s exact origin is answered, not one that starts or ends like it', async () => {
    for (const origin of [`${SITE}.ailleurs.example`, `${SITE}0`, SITE.slice(0, -1), SITE.replace('http:', 'https:')]) {
      expect((await fetch(`${relay.url}/challenge`, { headers: { Origin: origin } })).status, origin).toBe(403);
      expect((await send(relay.url, { x: 1 }, { Origin: origin })).status, origin).toBe(403);
    }
    expect((await fetch(`${relay.url}/challenge`, { headers: { Origin: SITE } })).status).toBe(200);
  });

  test('a challenge expires after 20 minutes: an expired proof is refused, a fresh one of the same making accepted', async () => {
    const res = await fetch(`${relay.url}/challenge`, { headers: { Origin: SITE } });
    const issued = (await res.json()) as { parameters: { expiresAt?: number } };
    const minutes = ((issued.parameters.expiresAt ?? 0) * 1000 - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(19);
    expect(minutes).toBeLessThanOrEqual(20);
    // Challenges signed with the relay's key, as the relay makes them, but already expired.
    const key = env().ALTCHA_HMAC_KEY!;
    const made = async (expiresAt: Date) => {
      const challenge = await createChallenge({
        algorithm: 'PBKDF2/SHA-256',
        cost: 10,
        counter: 20,
        deriveKey,
        expiresAt,
        hmacSignatureSecret: key,
        hmacKeySignatureSecret: await deriveHmacKeySecret(key),
      });
      const solution = await solveChallenge({ challenge, deriveKey });
      return btoa(JSON.stringify({ challenge, solution }));
    };
    const address = from('198.51.100.4', '203.0.113.1');
    expect(
      (await send(relay.url, await proposal({ altcha: await made(new Date(Date.now() - 1000)) }), { Origin: SITE, ...address })).status,
    ).toBe(403);
    expect(
      (await send(relay.url, await proposal({ altcha: await made(new Date(Date.now() + 60_000)) }), { Origin: SITE, ...address })).status,
    ).toBe(201);
  });

  test('a GitHub that never answers is given up, and the contributor told to come back', async () => {
    github.hangNext('GET /repos/{owner}/{repo}/git/ref/{ref}');
    const res = await send(relay.url, await proposal(), { Origin: SITE, ...from('198.51.100.5', '203.0.113.1') });
    expect(res.status).toBe(502);
    expect(res.json.error).toBe(MESSAGES.githubDown);
  });

  test('a failure after the branch was created deletes the branch', async () => {
    const address = from('198.51.100.6', '203.0.113.1');
    for (const operation of ['PUT /repos/{owner}/{repo}/contents/{path}', 'POST /repos/{owner}/{repo}/pulls']) {
      const before = github.deletedBranches.length;
      github.failNext(operation, { status: 500, message: 'Server Error' });
      const sent = await proposal();
      expect((await send(relay.url, sent, { Origin: SITE, ...address })).status, operation).toBe(502);
      expect(github.deletedBranches.length, operation).toBe(before + 1);
      const deleted = github.deletedBranches.at(-1)!;
      expect(deleted, operation).toContain(`proposition/acteurs/${sent.slug}-`);
      expect(github.branches.has(deleted), operation).toBe(false);
    }
  });

  test('a broken private key or a short HMAC key stops the relay', async () => {
    const broken = '-----BEGIN PRIVATE KEY-----\nQUJD\n-----END PRIVATE KEY-----\n';
    if (runtime === 'node') {
      await expect(startNodeRelay({ ...env(), GITHUB_APP_PRIVATE_KEY: broken, PORT: '0' })).rejects.toThrow(
        /GITHUB_APP_PRIVATE_KEY est illisible/,
      );
      await expect(startNodeRelay({ ...env(), ALTCHA_HMAC_KEY: 'x', PORT: '0' })).rejects.toThrow(/ALTCHA_HMAC_KEY est trop courte/);
      return;
    }
    // A Worker cannot refuse to start: it answers 503 to everything (the reason is in its log).
    for (const over of [{ GITHUB_APP_PRIVATE_KEY: broken }, { ALTCHA_HMAC_KEY: 'x' }]) {
      const weak = await startRelay('workers', { ...env(), ...over });
      try {
        const res = await fetch(`${weak.url}/challenge`, { headers: { Origin: SITE } });
        expect(res.status).toBe(503);
        expect(((await res.json()) as { error: string }).error).toBe(MESSAGES.notConfigured);
      } finally {
        await weak.close();
      }
    }
  });
});

describe('relay under Node without a trusted proxy', () => {
  test.each(['', '0', 'false', 'yes'])('TRUST_PROXY=%j counts the socket’s address and ignores forwarding headers', async (trustProxy) => {
    const github = await startFakeGitHub({ owner: 'equipe', repo: 'centre', branch: 'main', files });
    const relay = await startRelay('node', testEnv(SITE, github.url, { RATE_LIMIT_PER_HOUR: String(LIMIT), ALTCHA_MAX_COUNTER: '40' }), 0, {
      trustProxy,
    });
    try {
      const statuses: number[] = [];
      for (let i = 0; i <= LIMIT; i++) {
        const altcha = await solvedAltcha(relay.url, SITE);
        const sent = { collection: 'acteurs', slug: `sans-mandataire-${i}`, text: acteur(`Association sans mandataire ${i}`), altcha };
        statuses.push(
          (
            await send(relay.url, sent, {
              Origin: SITE,
              'X-Forwarded-For': `203.0.113.${i}`,
              'X-Real-IP': `203.0.113.${i}`,
              'CF-Connecting-IP': `203.0.113.${i}`,
            })
          ).status,
        );
      }
      expect(statuses).toEqual([...Array<number>(LIMIT).fill(201), 429]);
      expect(github.mismatches).toEqual([]);
    } finally {
      await relay.close();
      await github.close();
    }
  });
});
