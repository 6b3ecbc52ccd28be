// The Node entry point itself: where it listens by default and on IPv6, that closing it stops it,
// that the maintainer's log receives what the relay says, and `node relay/src/node.ts` started as
// the maintainer starts it, with good settings and with refused ones.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { VALID } from '../../tests/helpers/content.ts';
import { main, startNodeRelay } from '../src/node.ts';
import { send, solvedAltcha, testEnv } from './harness.ts';
import { startFakeGitHub, type FakeGitHub } from './fake-github.ts';

const SITE = 'http://127.0.0.1:4321';
const files = Object.fromEntries(Object.entries(VALID).map(([name, text]) => [`content/${name}`, text]));
const entry = path.resolve(import.meta.dirname, '../src/node.ts');

describe('the Node relay', () => {
  let github: FakeGitHub;
  beforeAll(async () => {
    github = await startFakeGitHub({ owner: 'equipe', repo: 'centre', branch: 'main', files });
  });
  afterAll(() => github?.close());

  test('without HOST it listens on the loopback only, says where, and stops when closed', async () => {
    const said: string[] = [];
    const relay = await main(
      { ...testEnv(SITE, github.url), PORT: '0' },
      { log: (m: string) => said.push(m), error: (m: string) => said.push(m) },
    );
    expect(relay?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(said).toEqual([`Relais des propositions : ${relay!.url}`]);
    expect((await fetch(`${relay!.url}/challenge`, { headers: { Origin: SITE } })).status).toBe(200);
    await relay!.close();
    await expect(fetch(`${relay!.url}/challenge`, { headers: { Origin: SITE } })).rejects.toThrow();
  });

  test('refused settings are all said at once, and nothing listens', async () => {
    const said: string[] = [];
    const relay = await main(
      { ...testEnv(SITE, github.url), PORT: '0', ALTCHA_HMAC_KEY: 'x', GITHUB_REPOSITORY: undefined },
      { log: (m: string) => said.push(`log: ${m}`), error: (m: string) => said.push(m) },
    );
    expect(relay).toBeUndefined();
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/^relais : réglages refusés : GITHUB_REPOSITORY [^;]+ ; ALTCHA_HMAC_KEY est trop courte/);
  });

  test('on an IPv6 address, its URL puts the address in brackets', async () => {
    const relay = await startNodeRelay({ ...testEnv(SITE, github.url), PORT: '0', HOST: '::1' });
    try {
      expect(relay.url).toMatch(/^http:\/\/\[::1\]:\d+$/);
      expect((await fetch(`${relay.url}/challenge`, { headers: { Origin: SITE } })).status).toBe(200);
    } finally {
      await relay.close();
    }
  });

  test('what the relay has to tell the maintainer goes to the log it was given', async () => {
    const logged: string[] = [];
    const relay = await startNodeRelay({ ...testEnv(SITE, github.url), PORT: '0' }, (m) => logged.push(m));
    try {
      github.failNext('GET /repos/{owner}/{repo}/git/ref/{ref}', { status: 500, message: 'Server Error' });
      const text = VALID['acteurs/asso-test.md']!.replace('titre: Association de test', 'titre: Association du journal');
      const sent = { collection: 'acteurs', slug: 'journal', text, altcha: await solvedAltcha(relay.url, SITE) };
      expect((await send(relay.url, sent, { Origin: SITE })).status).toBe(502);
      expect(logged).toEqual([
        'relais : GitHub a répondu 500 à GET /repos/equipe/centre/git/ref/heads%2Fmain : Server Error - https://docs.github.com/rest',
      ]);
    } finally {
      await relay.close();
    }
  });

  /** Runs `node relay/src/node.ts` with `env`; resolves with what it printed first and how it ended, or its first line. */
  const run = (env: Record<string, string | undefined>) =>
    new Promise<{ out: string; err: string; code: number | null; kill(): void }>((resolve, reject) => {
      const child = spawn(process.execPath, [entry], { env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      const kill = () => child.kill();
      child.on('error', reject);
      child.stdout.on('data', (d: Buffer) => {
        out += String(d);
        if (out.includes('\n')) resolve({ out, err, code: null, kill });
      });
      child.stderr.on('data', (d: Buffer) => (err += String(d)));
      child.on('exit', (code) => resolve({ out, err, code, kill }));
    });

  test('started as its own process, it serves; with refused settings it exits with 1 and the reasons', async () => {
    const started = await run({ ...testEnv(SITE, github.url), PORT: '0' });
    try {
      const url = /^Relais des propositions : (http:\/\/127\.0\.0\.1:\d+)\n$/.exec(started.out)?.[1];
      expect(url, started.out + started.err).toBeDefined();
      expect((await fetch(`${url}/challenge`, { headers: { Origin: SITE } })).status).toBe(200);
    } finally {
      started.kill();
    }
    const refused = await run({ ...testEnv(SITE, github.url), PORT: '0', ALTCHA_HMAC_KEY: 'x' });
    expect(refused.code).toBe(1);
    expect(refused.out).toBe('');
    expect(refused.err).toMatch(/^relais : réglages refusés : ALTCHA_HMAC_KEY est trop courte/);
  });
});
