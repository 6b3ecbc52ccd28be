// What the relay reads of the repository and writes to it, under Node and in the Workers
// runtime: which files are records (only `content/<collection>/<id>.md` files), what an
// unchanged edit or a draft costs, cited records whose file is broken; and, under Node where the
// tests hold the maintainer's log, what the log says when a step after the pull request fails.
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { VALID } from '../../tests/helpers/content.ts';
import { MESSAGES } from '../src/messages.ts';
import { send, solvedAltcha, startRelay, testEnv, type RunningRelay, RUNTIMES, type Runtime } from './harness.ts';
import { startFakeGitHub, type FakeGitHub } from './fake-github.ts';

const SITE = 'http://127.0.0.1:4321';
const acteur = (titre: string) => VALID['acteurs/asso-test.md']!.replace('titre: Association de test', `titre: ${titre}`);
const cooperation = (titre: string, porteurs = 'asso-test') =>
  VALID['cooperations/coop-test.md']!.replace('titre: Coopération de test', `titre: ${titre}`).replace(
    'porteurs: [asso-test]',
    `porteurs: [${porteurs}]`,
  );
const files = {
  ...Object.fromEntries(Object.entries(VALID).map(([name, text]) => [`content/${name}`, text])),
  // Look like records, are not: outside content/, in a folder that is no collection, a folder.
  'docs/content/acteurs/hors-contenu.md': acteur('Hors du contenu'),
  'content/inconnus/fiche-egaree.md': acteur('Fiche égarée'),
  'content/acteurs/dossier.md/lisez-moi.txt': 'Un dossier dont le nom finit comme une fiche.',
  // A record of the repository whose file is broken (no header): others may still cite it.
  'content/acteurs/fiche-cassee.md': 'Ce fichier a perdu son en-tête.\n',
};
const BLOB = 'GET /repos/{owner}/{repo}/git/blobs/{file_sha}';
const WRITES = ['POST /repos/{owner}/{repo}/git/refs', 'PUT /repos/{owner}/{repo}/contents/{path}', 'POST /repos/{owner}/{repo}/pulls'];

describe.each<Runtime>(RUNTIMES)('relay and the repository under %s', (runtime) => {
  let github: FakeGitHub;
  let relay: RunningRelay;
  let n = 0;

  beforeAll(async () => {
    github = await startFakeGitHub({ owner: 'equipe', repo: 'centre', branch: 'main', files });
    relay = await startRelay(runtime, testEnv(SITE, github.url, { ALTCHA_MAX_COUNTER: '40', RATE_LIMIT_PER_HOUR: '50' }));
  });
  afterAll(async () => {
    await relay?.close();
    await github?.close();
  });
  afterEach(() => expect(github.mismatches).toEqual([]));

  /** Sends a proposal; its status, its error and the GitHub operations it cost. */
  const propose = async (collection: string, slug: string, text: string, over: Record<string, unknown> = {}) => {
    const body = { collection, slug, text, altcha: await solvedAltcha(relay.url, SITE), ...over };
    const before = github.requests.length;
    const address = `198.51.100.${++n}`;
    const res = await send(relay.url, body, { Origin: SITE, 'X-Forwarded-For': address, 'CF-Connecting-IP': address });
    const calls = github.requests.slice(before).filter((r) => !r.operation.includes('access_tokens'));
    return {
      status: res.status,
      error: res.json.error,
      problems: res.json.problems,
      calls: calls.map((r) => r.operation),
      requests: calls,
    };
  };

  test('only content/<collection>/<id>.md files are records: the names of the others are free', async () => {
    for (const slug of ['hors-contenu', 'fiche-egaree', 'dossier']) {
      const res = await propose('acteurs', slug, acteur(`Association ${slug}`));
      expect(res.status, `${slug} ${res.error}`).toBe(201);
    }
    // The same id in another collection is another record.
    const res = await propose('cooperations', 'asso-test', cooperation('Coopération du même nom'));
    expect(res.status, res.error).toBe(201);
    // And a record of the collection is found.
    expect((await propose('acteurs', 'asso-test', acteur('Encore elle'))).error).toBe(MESSAGES.exists('asso-test'));
  });

  test('an edit identical to the record is refused after the reads, and nothing is written', async () => {
    const res = await propose('acteurs', 'asso-test', VALID['acteurs/asso-test.md']!, { edit: true });
    expect(res.status).toBe(422);
    expect(res.error).toBe(MESSAGES.unchanged);
    expect(res.calls.filter((c) => WRITES.includes(c))).toEqual([]);
  });

  test('a draft may cite drafts: its citations are not read', async () => {
    const draft = cooperation('Coopération en préparation', 'asso-test, fiche-cassee').replace('publie_le:', 'brouillon: true\npublie_le:');
    const res = await propose('cooperations', 'en-preparation', draft);
    expect(res.status, res.error).toBe(201);
    expect(res.calls.filter((c) => c === BLOB)).toEqual([]);
  });

  test('a published record citing a record whose file is broken is read and sent: the repository’s checks see the rest', async () => {
    const res = await propose('cooperations', 'cite-une-fiche-cassee', cooperation('Coopération prudente', 'asso-test, fiche-cassee'));
    expect(res.status, res.error).toBe(201);
    expect(res.calls.filter((c) => c === BLOB)).toHaveLength(2);
  });

  test('GitHub is told who calls, and the team may edit the pull request', async () => {
    const res = await propose('acteurs', 'modifiable', acteur('Association modifiable'));
    expect(res.status).toBe(201);
    expect(res.requests.length).toBeGreaterThan(0);
    for (const r of res.requests) expect(r.userAgent, r.operation).toMatch(/^cooperations-relais-propositions /);
    expect(res.requests.find((r) => r.operation === 'POST /repos/{owner}/{repo}/pulls')?.body).toMatchObject({
      maintainer_can_modify: true,
    });
    // The branch is named after the record, with six random hexadecimal digits.
    expect(res.requests.find((r) => r.operation === 'POST /repos/{owner}/{repo}/git/refs')?.body).toMatchObject({
      ref: expect.stringMatching(/^refs\/heads\/proposition\/acteurs\/modifiable-[0-9a-f]{6}$/),
    });
  });
});

describe('what the Node relay tells the maintainer’s log', () => {
  let github: FakeGitHub;
  let relay: RunningRelay;
  const logged: string[] = [];

  beforeAll(async () => {
    github = await startFakeGitHub({ owner: 'equipe', repo: 'centre', branch: 'main', files, contactRepo: 'suivi' });
    // No reviewer asked for: the relay asks for none.
    relay = await startRelay('node', testEnv(SITE, github.url, { ALTCHA_MAX_COUNTER: '40', RATE_LIMIT_PER_HOUR: '50', REVIEWERS: '' }), 0, {
      log: (m) => logged.push(m),
    });
  });
  afterAll(async () => {
    await relay?.close();
    await github?.close();
  });
  afterEach(() => expect(github.mismatches).toEqual([]));

  let n = 0;
  const propose = async (over: Record<string, unknown> = {}) => {
    logged.length = 0;
    const slug = `journal-${++n}`;
    const body = {
      collection: 'acteurs',
      slug,
      text: acteur(`Association du journal ${n}`),
      altcha: await solvedAltcha(relay.url, SITE),
      ...over,
    };
    return send(relay.url, body, { Origin: SITE, 'X-Forwarded-For': `198.51.100.${n}` });
  };

  test('a pull request that went well logs nothing, and asks for no reviewer when none is set', async () => {
    const before = github.requests.length;
    expect((await propose()).status).toBe(201);
    expect(logged).toEqual([]);
    expect(github.requests.slice(before).map((r) => r.operation)).not.toContain(
      'POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
    );
    expect(github.pulls.at(-1)?.labels).toEqual(['proposition']);
  });

  test('a label GitHub refuses is logged with the pull request’s number and GitHub’s answer', async () => {
    github.failNext('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', { status: 422, message: 'Validation Failed' });
    const res = await propose();
    expect(res.status).toBe(201);
    expect(logged).toEqual([
      `relais : demande n° ${res.json.number} ouverte, mais label: 422 Validation Failed - https://docs.github.com/rest`,
    ]);
  });

  test('a contact issue that fails is logged without the person’s details; the person is told it went through', async () => {
    github.failNext('POST /repos/{owner}/{repo}/issues', { status: 500, message: 'Server Error' });
    const res = await propose({ proposer: { name: 'Camille Journalprive', contact: 'camille@exemple.fr', consent: true } });
    expect(res.status).toBe(201);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(
      new RegExp(`^relais : demande n° ${res.json.number} ouverte, mais le ticket de suivi privé a échoué : HttpError: Server Error`),
    );
    expect(logged[0]).not.toMatch(/Journalprive|camille@/i);
  });
});
