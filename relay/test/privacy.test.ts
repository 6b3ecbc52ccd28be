// Where the contributor's words go, and what a proposal costs in GitHub calls, on both runtimes.
// The form promises (RELAY_PRIVACY) that the name, the contact and the message reach the team
// only, in its private contact repository, never the public pull request, the commit, the record
// or a branch name: checked here against everything the fake GitHub received.
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { VALID } from '../../tests/helpers/content.ts';
import { RELAY_PRIVACY } from '../../src/lib/contribution/relay-privacy.ts';
import { MAX_CITED } from '../src/propose.ts';
import { send, solvedAltcha, startRelay, testEnv, type RunningRelay, RUNTIMES, type Runtime } from './harness.ts';
import { startFakeGitHub, type FakeGitHub } from './fake-github.ts';

const SITE = 'http://127.0.0.1:4321';
const acteur = (titre: string) => VALID['acteurs/asso-test.md']!.replace('titre: Association de test', `titre: ${titre}`);
// Seven more published actors, for a record that cites more of them than the relay reads.
const ACTEURS = Array.from({ length: 7 }, (_, i) => `voisin-${i + 1}`);
const files = {
  ...Object.fromEntries(Object.entries(VALID).map(([name, text]) => [`content/${name}`, text])),
  ...Object.fromEntries(ACTEURS.map((id, i) => [`content/acteurs/${id}.md`, acteur(`Voisin numéro ${i + 1}`)])),
};
// Words nobody else uses, so that any copy of them, escaped or not, is found.
const PERSON = { name: 'Camille Quidamprive', contact: 'camille.quidamprive@exemple.fr', note: 'Rencontre du 7781e jour' };
const SECRETS = ['quidamprive', '7781'];

describe.each<Runtime>(RUNTIMES)('relay under %s', (runtime) => {
  let github: FakeGitHub;
  let relay: RunningRelay;
  let n = 0;

  beforeAll(async () => {
    github = await startFakeGitHub({ owner: 'equipe', repo: 'centre', branch: 'main', files, contactRepo: 'suivi' });
    relay = await startRelay(runtime, testEnv(SITE, github.url, { ALTCHA_MAX_COUNTER: '40', RATE_LIMIT_PER_HOUR: '50' }));
  });
  afterAll(async () => {
    await relay?.close();
    await github?.close();
  });
  afterEach(() => expect(github.mismatches).toEqual([]));

  const propose = async (over: Record<string, unknown> = {}) => {
    const body = {
      collection: 'acteurs',
      slug: `vie-privee-${++n}`,
      text: acteur(`Association discrète ${n}`),
      altcha: await solvedAltcha(relay.url, SITE),
      ...over,
    };
    return send(relay.url, body, { Origin: SITE, 'X-Forwarded-For': '198.51.100.10', 'CF-Connecting-IP': '198.51.100.10' });
  };
  /** Everything public the fake received or holds: requests to the public repository, pull requests, commits, branches and their files. */
  const publicMaterial = () =>
    [
      JSON.stringify(github.requests.filter((r) => r.params.repo === 'centre')),
      JSON.stringify(github.pulls),
      github.commitMessages.join('\n'),
      [...github.branches.keys()].join('\n'),
      [...github.branches.values()].flatMap((f) => [...f.values()]).join('\n'),
    ]
      .join('\n')
      .toLowerCase();

  test('with consent, name, contact and message go to the private contact repository only', async () => {
    const res = await propose({ proposer: { ...PERSON, consent: true }, note: PERSON.note });
    expect(res.status).toBe(201);
    const pr = github.pulls.at(-1)!;
    const issue = github.contactIssues.at(-1)!;
    expect(issue.body).toContain(`\` ${PERSON.contact} \``);
    expect(issue.body).toContain('Camille Quidamprive');
    expect(issue.body).toContain('Rencontre du 7781e jour');
    expect(issue.body).toContain(res.json.url);
    expect(issue.title).toBe(`Suivi de la proposition n° ${pr.number} : ${pr.title}`);
    const material = publicMaterial();
    expect(material).toContain(pr.title.toLowerCase());
    for (const secret of SECRETS) expect(material, secret).not.toContain(secret);
    // The request that opened the issue went to the private repository, nowhere else.
    expect(
      github.requests.filter((r) => JSON.stringify(r.body).includes('quidamprive')).map((r) => `${r.params.repo} ${r.operation}`),
    ).toEqual(['suivi POST /repos/{owner}/{repo}/issues']);
  });

  test('without consent (unticked, or not said at all) the contact goes nowhere; name and message still reach the team only', async () => {
    for (const proposer of [
      { ...PERSON, consent: false },
      { name: PERSON.name, contact: PERSON.contact },
    ]) {
      const before = github.contactIssues.length;
      const requests = github.requests.length;
      expect((await propose({ proposer, note: PERSON.note })).status).toBe(201);
      expect(github.contactIssues.length).toBe(before + 1);
      expect(github.contactIssues.at(-1)!.body).toContain('Camille Quidamprive');
      expect(github.contactIssues.at(-1)!.body).toContain('**Contact pour le suivi** : non donné');
      expect(JSON.stringify(github.requests.slice(requests))).not.toContain('camille.quidamprive@');
      for (const secret of SECRETS) expect(publicMaterial(), secret).not.toContain(secret);
    }
  });

  test('nothing said about oneself, no contact issue', async () => {
    const before = github.contactIssues.length;
    expect((await propose()).status).toBe(201);
    expect(github.contactIssues.length).toBe(before);
  });

  test('what the form says is what happens', () => {
    // The form says the record is public on GitHub at once, and the person's words are not.
    expect(RELAY_PRIVACY.intro).toMatch(/dès l’envoi, la fiche est visible de tous sur GitHub/);
    expect(RELAY_PRIVACY.introBatch).toMatch(/dès l’envoi, les fiches sont visibles de tous sur GitHub/);
    // The consent covers what is sent, one record or a table: the private issue says the same.
    expect(RELAY_PRIVACY.consentLabel).toMatch(/à propos de cet envoi$/);
    expect(github.contactIssues.some((i) => i.body.includes('pour la recontacter à propos de cet envoi seulement'))).toBe(true);
    for (const said of [RELAY_PRIVACY.name, RELAY_PRIVACY.consentHelp])
      expect(said).toMatch(
        /espace de suivi privé sur GitHub.* dans la demande de publication \(publique\), ni dans la fiche, ni sur le site/,
      );
    expect(RELAY_PRIVACY.note).toMatch(/Seule l’équipe le lit, dans son espace de suivi privé/);
    expect(RELAY_PRIVACY.consentHelp).toMatch(/^Sans cette case cochée, vos coordonnées ne sont pas envoyées/);
    // …and the tests above hold the relay to it: the last pull request holds the record, nothing about the person.
    const pr = github.pulls.at(-1)!;
    expect(github.branches.get(pr.head)?.size).toBeGreaterThan(0);
  });

  test('what a proposal costs in GitHub calls (the figures of relay/README.md)', async () => {
    await propose(); // The installation token is then cached for its hour.
    const cost = async (over: Record<string, unknown>) => {
      const before = github.requests.length;
      const res = await propose(over);
      return { status: res.status, calls: github.requests.slice(before).map((r) => r.operation) };
    };
    const reads = [
      'GET /repos/{owner}/{repo}/git/ref/{ref}',
      'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
      'GET /repos/{owner}/{repo}/contents/{path}',
    ];
    const writes = [
      'POST /repos/{owner}/{repo}/git/refs',
      'PUT /repos/{owner}/{repo}/contents/{path}',
      'POST /repos/{owner}/{repo}/pulls',
      'POST /repos/{owner}/{repo}/issues/{issue_number}/labels',
      'POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
    ];
    const blob = 'GET /repos/{owner}/{repo}/git/blobs/{file_sha}';

    const plain = await cost({});
    expect(plain).toEqual({ status: 201, calls: [...reads, ...writes] });
    const withContact = await cost({ proposer: { ...PERSON, consent: true } });
    expect(withContact).toEqual({ status: 201, calls: [...reads, ...writes, 'POST /repos/{owner}/{repo}/issues'] });

    // A cooperation citing eight actors: invalid, it costs the three reads; valid, five blobs more at most.
    const citing = (extra: string) =>
      VALID['cooperations/coop-test.md']!.replace('titre: Coopération de test', `titre: Coopération citant ${extra}`).replace(
        'porteurs: [asso-test]',
        `porteurs: [asso-test, ${ACTEURS.join(', ')}]`,
      );
    const invalid = await cost({
      collection: 'cooperations',
      slug: 'citations-invalides',
      text: citing('beaucoup').replace('code_insee: "22278"', 'code_insee: "22000"'),
    });
    expect(invalid).toEqual({ status: 422, calls: reads });
    const valid = await cost({ collection: 'cooperations', slug: 'citations-valides', text: citing('tout le monde') });
    expect(valid.status).toBe(201);
    expect(valid.calls.filter((c) => c === blob)).toHaveLength(MAX_CITED);
    expect(valid.calls).toHaveLength(reads.length + MAX_CITED + writes.length);
    expect(MAX_CITED).toBe(5);
  });
});
