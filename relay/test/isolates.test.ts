// The relay's memory on Workers is one Durable Object, not each isolate's own: two copies of the
// relay, run by workerd as two workers (two isolates) bound to the same Durable Object, must
// share the used proofs and the per-address counts. The Worker is the one `wrangler deploy`
// would upload (built with --dry-run), run by Miniflare, wrangler's own engine around workerd.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Miniflare } from 'miniflare';
import { solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/web/pbkdf2';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { VALID } from '../../tests/helpers/content.ts';
import { testEnv } from './harness.ts';
import { startFakeGitHub, type FakeGitHub } from './fake-github.ts';

const SITE = 'http://127.0.0.1:4321';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const files = Object.fromEntries(Object.entries(VALID).map(([name, text]) => [`content/${name}`, text]));

describe('two isolates of the Worker', () => {
  let github: FakeGitHub;
  let mf: Miniflare;
  let out: string;
  let n = 0;

  beforeAll(async () => {
    out = mkdtempSync(path.join(tmpdir(), 'relais-'));
    execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', out, '--config', 'relay/wrangler.toml'], {
      cwd: root,
      stdio: 'pipe',
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
    });
    github = await startFakeGitHub({ owner: 'equipe', repo: 'centre', branch: 'main', files });
    const bindings = testEnv(SITE, github.url, { RATE_LIMIT_PER_HOUR: '2', ALTCHA_MAX_COUNTER: '40' }) as Record<string, string>;
    const worker = {
      modules: true,
      modulesRoot: out,
      scriptPath: path.join(out, 'worker.js'),
      modulesRules: [{ type: 'Text' as const, include: ['**/*.txt'] }],
      compatibilityDate: '2025-09-01',
      bindings,
    };
    mf = new Miniflare({
      workers: [
        { ...worker, name: 'relais-a', durableObjects: { RELAY_STATE: 'RelayStateObject' } },
        { ...worker, name: 'relais-b', durableObjects: { RELAY_STATE: { className: 'RelayStateObject', scriptName: 'relais-a' } } },
      ],
    });
    await mf.ready;
  });
  afterAll(async () => {
    await mf?.dispose();
    await github?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  const call = async (name: 'relais-a' | 'relais-b', route: string, init: { method?: string; body?: string; ip?: string } = {}) => {
    // Miniflare types its workers with Cloudflare's own types, which the project does not install.
    const worker = (await mf.getWorker(name)) as unknown as { fetch(url: string, init: RequestInit): Promise<Response> };
    const res = await worker.fetch(`http://relais.test${route}`, {
      method: init.method ?? 'GET',
      headers: { Origin: SITE, 'Content-Type': 'application/json', 'CF-Connecting-IP': init.ip ?? '198.51.100.20' },
      ...(init.body ? { body: init.body } : {}),
    });
    return { status: res.status, json: (await res.json()) as Record<string, unknown> };
  };
  const proposal = async (from: 'relais-a' | 'relais-b') => {
    const challenge = (await call(from, '/challenge')).json as unknown as Challenge;
    const solution = await solveChallenge({ challenge, deriveKey });
    const slug = `deux-isolats-${++n}`;
    return {
      collection: 'acteurs',
      slug,
      text: VALID['acteurs/asso-test.md']!.replace('titre: Association de test', `titre: Association ${n} des deux isolats`),
      altcha: btoa(JSON.stringify({ challenge, solution })),
    };
  };

  test('a proof used in one isolate is refused in the other', async () => {
    const sent = await proposal('relais-a');
    expect((await call('relais-a', '/propositions', { method: 'POST', body: JSON.stringify(sent), ip: '198.51.100.21' })).status).toBe(201);
    const replay = await call('relais-b', '/propositions', {
      method: 'POST',
      body: JSON.stringify({ ...sent, slug: `${sent.slug}-bis` }),
      ip: '198.51.100.22',
    });
    expect(replay.status).toBe(403);
    expect(github.mismatches).toEqual([]);
  });

  test('one address’s count is the same in both isolates', async () => {
    const statuses: number[] = [];
    for (const name of ['relais-a', 'relais-b', 'relais-b', 'relais-a'] as const) {
      statuses.push(
        (await call(name, '/propositions', { method: 'POST', body: JSON.stringify(await proposal(name)), ip: '198.51.100.23' })).status,
      );
    }
    expect(statuses).toEqual([201, 201, 429, 429]);
    expect(github.mismatches).toEqual([]);
  });
});
