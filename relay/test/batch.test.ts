// The relay's batch (/propositions/lot), sent by the page « Importer un tableau »: under Node
// and in the Workers runtime, against the fake GitHub checked against GitHub's description.
// A valid batch is one commit and one pull request with one file per record; one bad record
// refuses the whole batch, naming every problem; the proof of work is bound to the batch's size.
import { createChallenge, solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/web/pbkdf2';
import { deriveHmacKeySecret } from 'altcha-lib/frameworks/shared';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { VALID } from '../../tests/helpers/content.ts';
import { MESSAGES } from '../src/messages.ts';
import { startFakeGitHub, type FakeGitHub } from './fake-github.ts';
import { RUNTIMES, startRelay, testEnv, type RunningRelay, type Runtime } from './harness.ts';

const SITE = 'http://127.0.0.1:4321';
const files = Object.fromEntries(Object.entries(VALID).map(([name, text]) => [`content/${name}`, text]));
const acteur = (titre: string) => VALID['acteurs/asso-test.md']!.replace('titre: Association de test', `titre: ${titre}`);

/** The widget's part, for a batch of `fiches` records: the challenge asked with ?fiches=N, solved. */
async function solvedFor(relayUrl: string, fiches: number): Promise<{ payload: string; counter: number }> {
  const res = await fetch(`${relayUrl}/challenge?fiches=${fiches}`, { headers: { Origin: SITE } });
  const challenge = (await res.json()) as Challenge;
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error('challenge not solved');
  return { payload: btoa(JSON.stringify({ challenge, solution })), counter: solution.counter };
}

describe.each<Runtime>(RUNTIMES)('relay batch under %s', (runtime) => {
  let github: FakeGitHub;
  let relay: RunningRelay;
  let address = 0;
  /** What the relay writes to its log (under Node; workerd keeps its own). */
  const logged: string[] = [];

  beforeAll(async () => {
    github = await startFakeGitHub({ owner: 'equipe', repo: 'centre', branch: 'main', files });
    relay = await startRelay(runtime, testEnv(SITE, github.url, { ALTCHA_MAX_COUNTER: '20', RATE_LIMIT_PER_HOUR: '5' }), 0, {
      log: (m) => logged.push(m),
    });
  });
  afterAll(async () => {
    await relay?.close();
    await github?.close();
  });
  afterEach(() => expect(github.mismatches).toEqual([]));

  const post = async (body: Record<string, unknown>) => {
    const from = `10.1.0.${++address}`;
    const res = await fetch(`${relay.url}/propositions/lot`, {
      method: 'POST',
      headers: { Origin: SITE, 'Content-Type': 'application/json', 'X-Forwarded-For': from, 'CF-Connecting-IP': from },
      body: JSON.stringify(body),
    });
    return {
      status: res.status,
      json: (await res.json()) as { url?: string; error?: string; problems?: Array<{ fiche: string; field?: string; message: string }> },
    };
  };

  test('a valid batch is one commit and one pull request with one file per record', async () => {
    const fiches = [
      { slug: 'maison-fictive-un', text: acteur('Maison fictive un') },
      { slug: 'maison-fictive-deux', text: acteur('Maison fictive deux') },
      { slug: 'asso-test', text: acteur('Association de test renommée'), edit: true },
    ];
    const commitsBefore = github.commitMessages.length;
    const requestsBefore = github.requests.length;
    const res = await post({
      collection: 'acteurs',
      fiches,
      altcha: (await solvedFor(relay.url, fiches.length)).payload,
      proposer: { name: 'Personne fictive' },
    });
    expect(res.status).toBe(201);
    const pr = github.pulls.at(-1)!;
    expect(res.json.url).toBe(`https://github.com/equipe/centre/pull/${pr.number}`);
    const branch = github.branches.get(pr.head)!;
    expect(fiches.map((f) => branch.get(`content/acteurs/${f.slug}.md`))).toEqual(fiches.map((f) => f.text));
    expect(github.commitMessages.length - commitsBefore).toBe(1);
    expect(pr.title).toBe('Import d’un tableau (acteurs) : 2 nouvelle(s) fiche(s) et 1 modification(s)');
    expect(pr.body).toContain('Maison fictive deux');
    expect(pr.body).not.toContain('Personne fictive');
    expect(pr.labels).toEqual(['proposition']);
    expect(github.contactIssues.at(-1)?.body).toContain('Personne fictive');
    // Whatever the number of records, the same few calls (relay/README.md, « Ce que cela coûte »).
    expect(
      github.requests
        .slice(requestsBefore)
        .map((r) => r.operation)
        .filter((o) => !o.includes('access_tokens')),
    ).toEqual([
      'GET /repos/{owner}/{repo}/git/ref/{ref}',
      'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
      'GET /repos/{owner}/{repo}/contents/{path}',
      'POST /repos/{owner}/{repo}/git/trees',
      'POST /repos/{owner}/{repo}/git/commits',
      'POST /repos/{owner}/{repo}/git/refs',
      'POST /repos/{owner}/{repo}/pulls',
      'POST /repos/{owner}/{repo}/issues/{issue_number}/labels',
      'POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
      'POST /repos/{owner}/{repo}/issues',
    ]);
  });

  test('one bad record refuses the whole batch, with every problem named by its record', async () => {
    const pulls = github.pulls.length;
    const fiches = [
      { slug: 'maison-fictive-trois', text: acteur('Maison fictive trois') },
      { slug: 'maison-fictive-quatre', text: acteur('Maison fictive quatre').replace('type: association_locale', 'type: club') },
      { slug: 'asso-test', text: acteur('Déjà là') },
    ];
    const res = await post({ collection: 'acteurs', fiches, altcha: (await solvedFor(relay.url, fiches.length)).payload });
    expect(res.status).toBe(422);
    expect(res.json.error).toBe(MESSAGES.batchInvalid);
    expect(res.json.problems?.map((p) => p.fiche)).toEqual(['maison-fictive-quatre', 'asso-test']);
    expect(res.json.problems?.[1]?.message).toBe(MESSAGES.exists('asso-test'));
    expect(github.pulls.length).toBe(pulls);
  });

  test('the proof of work grows with the batch and is bound to its size', async () => {
    const small = await solvedFor(relay.url, 1);
    const large = await solvedFor(relay.url, 500);
    // The counter to find lies in [10, 20) for one record; 21 times that range for 500.
    expect(small.counter).toBeLessThan(20);
    expect(large.counter).toBeGreaterThanOrEqual(10 * 21);
    const fiches = [
      { slug: 'maison-fictive-cinq', text: acteur('Maison fictive cinq') },
      { slug: 'maison-fictive-six', text: acteur('Maison fictive six') },
    ];
    const res = await post({ collection: 'acteurs', fiches, altcha: small.payload });
    expect(res).toEqual({ status: 403, json: { error: MESSAGES.batchAltcha } });
  });

  test('a batch over 500 records is refused before any work', async () => {
    const fiches = Array.from({ length: 501 }, (_, i) => ({ slug: `fiche-${i}`, text: 'x' }));
    const res = await post({ collection: 'acteurs', fiches, altcha: 'x' });
    expect(res).toEqual({ status: 400, json: { error: MESSAGES.badShape } });
  });

  test('the commit follows the branch’s last commit, and the team may edit the pull request', async () => {
    const before = github.requests.length;
    const fiches = [{ slug: 'maison-fictive-sept', text: acteur('Maison fictive sept') }];
    expect((await post({ collection: 'acteurs', fiches, altcha: (await solvedFor(relay.url, 1)).payload })).status).toBe(201);
    const sent = github.requests.slice(before);
    // The base branch's head, asked of the fake GitHub as the relay asked it.
    const head = (await (
      await fetch(`${github.url}/repos/equipe/centre/git/ref/heads/main`, { headers: { Authorization: 'token ghs_faketoken' } })
    ).json()) as { object: { sha: string } };
    expect(sent.find((r) => r.operation === 'POST /repos/{owner}/{repo}/git/commits')?.body).toMatchObject({ parents: [head.object.sha] });
    expect(sent.find((r) => r.operation === 'POST /repos/{owner}/{repo}/pulls')?.body).toMatchObject({ maintainer_can_modify: true });
  });

  test('when the pull request fails, the batch’s branch is deleted', async () => {
    const before = github.deletedBranches.length;
    github.failNext('POST /repos/{owner}/{repo}/pulls', { status: 500, message: 'Server Error' });
    const fiches = [{ slug: 'maison-fictive-huit', text: acteur('Maison fictive huit') }];
    const res = await post({ collection: 'acteurs', fiches, altcha: (await solvedFor(relay.url, 1)).payload });
    expect(res).toEqual({ status: 502, json: { error: MESSAGES.githubDown } });
    expect(github.deletedBranches.length).toBe(before + 1);
    const deleted = github.deletedBranches.at(-1)!;
    expect(github.branches.has(deleted)).toBe(false);
    expect(github.requests.filter((r) => r.operation === 'DELETE /repos/{owner}/{repo}/git/refs/{ref}').at(-1)?.params.ref).toBe(
      `heads/${deleted}`,
    );
  });

  test('a proof whose challenge says for how many records nothing counts for one', async () => {
    // Signed with the relay's key as the relay signs, without the number of records.
    const key = testEnv(SITE, github.url).ALTCHA_HMAC_KEY!;
    const challenge = await createChallenge({
      algorithm: 'PBKDF2/SHA-256',
      cost: 10,
      counter: 15,
      deriveKey,
      expiresAt: new Date(Date.now() + 60_000),
      hmacSignatureSecret: key,
      hmacKeySignatureSecret: await deriveHmacKeySecret(key),
    });
    const altcha = btoa(JSON.stringify({ challenge, solution: await solveChallenge({ challenge, deriveKey }) }));
    const fiches = [
      { slug: 'maison-fictive-neuf', text: acteur('Maison fictive neuf') },
      { slug: 'maison-fictive-dix', text: acteur('Maison fictive dix') },
    ];
    expect(await post({ collection: 'acteurs', fiches, altcha })).toEqual({ status: 403, json: { error: MESSAGES.batchAltcha } });
  });

  test('two records under one name are refused before any GitHub call', async () => {
    const before = github.requests.length;
    const fiches = [
      { slug: 'maison-double', text: acteur('Maison double') },
      { slug: 'maison-double', text: acteur('Maison double bis') },
    ];
    const res = await post({ collection: 'acteurs', fiches, altcha: (await solvedFor(relay.url, 2)).payload });
    expect(res).toEqual({ status: 400, json: { error: MESSAGES.batchRefused('deux fiches portent le même nom') } });
    expect(github.requests.slice(before).filter((r) => !r.operation.includes('access_tokens'))).toEqual([]);
  });

  test('a change to a record that is not there is named, with the field of each other problem', async () => {
    const fiches = [
      { slug: 'maison-disparue', text: acteur('Maison disparue'), edit: true },
      { slug: 'maison-mal-typee', text: acteur('Maison mal typée').replace('type: association_locale', 'type: club') },
    ];
    const res = await post({ collection: 'acteurs', fiches, altcha: (await solvedFor(relay.url, 2)).payload });
    expect(res.status).toBe(422);
    expect(res.json.problems?.[0]).toEqual({ fiche: 'maison-disparue', line: 1, message: MESSAGES.missing('maison-disparue') });
    expect(res.json.problems?.slice(1).map((p) => [p.fiche, p.field])).toEqual([['maison-mal-typee', 'type']]);
  });

  test('the branch says how many records it imports; a batch that says nothing of its sender opens no follow-up issue', async () => {
    const before = github.requests.length;
    const issuesBefore = github.contactIssues.length;
    logged.length = 0;
    const fiches = [
      { slug: 'maison-branche-une', text: acteur('Maison branche une') },
      { slug: 'maison-branche-deux', text: acteur('Maison branche deux') },
    ];
    const res = await post({ collection: 'acteurs', fiches, altcha: (await solvedFor(relay.url, 2)).payload });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    expect(github.requests.slice(before).find((r) => r.operation === 'POST /repos/{owner}/{repo}/git/refs')?.body).toMatchObject({
      ref: expect.stringMatching(/^refs\/heads\/proposition\/acteurs\/import-2-[0-9a-f]{6}$/),
    });
    expect(github.contactIssues.length).toBe(issuesBefore);
    // Nothing went wrong, so nothing is written to the maintainer's log.
    expect(logged).toEqual([]);
  });

  test('the name, contact and word for the team reach the private follow-up issue only; a word over 2,000 characters is refused', async () => {
    const fiches = [{ slug: 'maison-fictive-suivie', text: acteur('Maison fictive suivie') }];
    const person = { name: 'Dominique Fictivebatch', contact: 'dominique.fictivebatch@exemple.fr', consent: true };
    const note = 'Tableau des adhérents fictifs à relire avant la réunion';
    const res = await post({
      collection: 'acteurs',
      fiches,
      altcha: (await solvedFor(relay.url, 1)).payload,
      proposer: person,
      note,
      // The robot trap, left empty as a person leaves it.
      website: '',
    });
    expect(res.status).toBe(201);
    const pr = github.pulls.at(-1)!;
    const issue = github.contactIssues.at(-1)!;
    expect(issue.title).toBe(`Suivi de la proposition n° ${pr.number} : ${pr.title}`);
    for (const said of [person.name, person.contact, note]) {
      expect(issue.body).toContain(said);
      expect(`${pr.title}\n${pr.body}`).not.toContain(said);
      expect(github.commitMessages.join('\n')).not.toContain(said);
    }
    const tooLong = await post({
      collection: 'acteurs',
      fiches: [{ slug: 'maison-fictive-bavarde', text: acteur('Maison fictive bavarde') }],
      altcha: (await solvedFor(relay.url, 1)).payload,
      note: 'x'.repeat(2001),
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.json.error).toBe(MESSAGES.badShape);
  });
});
