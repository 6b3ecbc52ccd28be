// The relay end to end, without GitHub's servers: the same scenarios under Node and in the
// Workers runtime, against the fake GitHub API that checks every request against GitHub's
// published OpenAPI description.
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { cleanContent, edit, makeContent, VALID } from '../../tests/helpers/content.ts';
import { validateContent } from '../../src/lib/content/validation.ts';
import { solvedAltcha, startRelay, testEnv, type RunningRelay, RUNTIMES, type Runtime } from './harness.ts';
import { startFakeGitHub, type FakeGitHub } from './fake-github.ts';
import { MESSAGES } from '../src/messages.ts';

const SITE = 'http://127.0.0.1:4321';
const MDX_ACTEUR = VALID['acteurs/asso-test.md']!.replace('titre: Association de test', 'titre: Association en MDX');
const DRAFT_ACTEUR = VALID['acteurs/asso-test.md']!.replace('titre: Association de test', 'titre: Association en préparation').replace(
  'publie_le:',
  'brouillon: true\npublie_le:',
);
const files = {
  ...Object.fromEntries(Object.entries(VALID).map(([name, text]) => [`content/${name}`, text])),
  'content/acteurs/asso-mdx.mdx': MDX_ACTEUR,
  'content/acteurs/asso-brouillon.md': DRAFT_ACTEUR,
};
const NEW_ACTEUR = VALID['acteurs/asso-test.md']!.replace('titre: Association de test', 'titre: Association des voisins solidaires');

describe.each<Runtime>(RUNTIMES)('relay under %s', (runtime) => {
  let github: FakeGitHub;
  let relay: RunningRelay;
  let address = 0;

  beforeAll(async () => {
    github = await startFakeGitHub({ owner: 'equipe', repo: 'centre', branch: 'main', files });
    relay = await startRelay(
      runtime,
      testEnv(SITE, github.url, { ALTCHA_MAX_COUNTER: '40', TEAM_REVIEWERS: 'contenus', RATE_LIMIT_PER_HOUR: '3' }),
    );
  });
  afterAll(async () => {
    await relay?.close();
    await github?.close();
  });
  afterEach(() => {
    // The fake answered 400 to anything GitHub's description does not allow: none may have happened.
    expect(github.mismatches).toEqual([]);
  });

  /** Each test speaks from its own address, so the rate limit only bites where it is tested. */
  const post = async (body: Record<string, unknown> | string, init: { origin?: string; from?: string; contentType?: string } = {}) => {
    const from = init.from ?? `10.0.0.${++address}`;
    const res = await fetch(`${relay.url}/propositions`, {
      method: 'POST',
      headers: {
        Origin: init.origin ?? SITE,
        'Content-Type': init.contentType ?? 'application/json',
        'X-Forwarded-For': from,
        'CF-Connecting-IP': from,
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return {
      status: res.status,
      cors: res.headers.get('Access-Control-Allow-Origin'),
      json: (await res.json()) as { url?: string; error?: string; problems?: Array<{ line: number; field?: string; message: string }> },
    };
  };
  const proposal = async (over: Record<string, unknown> = {}) => ({
    collection: 'acteurs',
    slug: 'voisins-solidaires',
    text: NEW_ACTEUR,
    altcha: await solvedAltcha(relay.url, SITE),
    ...over,
  });

  test('a valid proposal becomes a branch, a commit and a labelled pull request with reviewers', async () => {
    const before = github.requests.length;
    const res = await post(
      await proposal({
        proposer: { name: 'Camille', contact: 'camille@exemple.fr', consent: true },
        note: 'Vu à la journée de Rennes @equipe',
      }),
    );
    expect(res.status).toBe(201);
    expect(res.cors).toBe(SITE);
    const pr = github.pulls.at(-1)!;
    expect(res.json.url).toBe(`https://github.com/equipe/centre/pull/${pr.number}`);
    expect(github.branches.get(pr.head)?.get('content/acteurs/voisins-solidaires.md')).toBe(NEW_ACTEUR);
    expect(pr).toMatchObject({ base: 'main', labels: ['proposition'], reviewers: ['relecteur'], teamReviewers: ['contenus'] });
    expect(pr.title).toBe('Nouvelle fiche (acteur) : Association des voisins solidaires');
    expect(pr.body).toContain('aucun problème trouvé');
    const ops = github.requests.slice(before).map((r) => r.operation);
    expect(ops).toEqual(
      expect.arrayContaining([
        'POST /repos/{owner}/{repo}/git/refs',
        'PUT /repos/{owner}/{repo}/contents/{path}',
        'POST /repos/{owner}/{repo}/pulls',
        'POST /repos/{owner}/{repo}/issues/{issue_number}/labels',
        'POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
      ]),
    );
  });

  test('an edit replaces the existing file and says which fields changed', async () => {
    const text = edit('acteurs/asso-test.md', 'titre: Association de test', 'titre: Association de test renommée')['acteurs/asso-test.md'];
    const res = await post(await proposal({ slug: 'asso-test', edit: true, text }));
    expect(res.status).toBe(201);
    const pr = github.pulls.at(-1)!;
    expect(github.branches.get(pr.head)?.get('content/acteurs/asso-test.md')).toBe(text);
    expect(pr.body).toContain('`titre`');
    const put = github.requests.findLast((r) => r.operation === 'PUT /repos/{owner}/{repo}/contents/{path}');
    expect(put?.body).toHaveProperty('sha');
  });

  test('an .mdx file is not a record (the validator refuses it): it cannot be edited', async () => {
    const text = MDX_ACTEUR.replace('Texte de l’acteur.', 'Texte de l’acteur, complété.');
    const res = await post(await proposal({ slug: 'asso-mdx', edit: true, text }));
    expect(res.status).toBe(409);
    expect(res.json.error).toBe(MESSAGES.missing('asso-mdx'));
  });

  test('an invalid record is refused with the validator’s own French messages', async () => {
    const before = github.pulls.length;
    const text = edit('acteurs/asso-test.md', 'themes: [isolement-social]', 'themes: [cuisine]')['acteurs/asso-test.md']!.replace(
      'titre: Association de test',
      'titre: Autre association',
    );
    const res = await post(await proposal({ slug: 'autre-association', text }));
    expect(res.status).toBe(422);
    expect(res.json.error).toMatch(/corrigez/);
    // Exactly what `npm run validate` says about the same file in the repository.
    const dir = makeContent({ 'acteurs/autre-association.md': text });
    const expected = validateContent(dir, { cwd: dir }).problems.map(({ line, field, message }) => ({
      line,
      ...(field ? { field } : {}),
      message,
    }));
    cleanContent();
    expect(expected.length).toBeGreaterThan(0);
    expect(res.json.problems).toEqual(expected);
    expect(github.pulls.length).toBe(before);
  });

  test('a commune code is checked against the official list, as the validator does', async () => {
    const text = VALID['cooperations/coop-test.md']!.replace('titre: Coopération de test', 'titre: Coopération parisienne').replace(
      'code_insee: "22278"',
      'code_insee: "75056"',
    );
    const res = await post(await proposal({ collection: 'cooperations', slug: 'cooperation-parisienne', text }));
    expect(res.status).toBe(422);
    const dir = makeContent({ 'cooperations/cooperation-parisienne.md': text });
    const expected = validateContent(dir, { cwd: dir }).problems.map(({ line, field, message }) => ({
      line,
      ...(field ? { field } : {}),
      message,
    }));
    cleanContent();
    expect(expected.map((p) => p.message).join()).toContain('Paris');
    expect(res.json.problems).toEqual(expected);
  });

  /** What `npm run validate` says about the file `collection/name.md` in the repository. */
  const validatorSays = (file: string, text: string) => {
    const dir = makeContent({ 'acteurs/asso-brouillon.md': DRAFT_ACTEUR, [file]: text });
    const problems = validateContent(dir, { cwd: dir }).problems.map(({ line, field, message }) => ({
      line,
      ...(field ? { field } : {}),
      message,
    }));
    cleanContent();
    return problems;
  };

  test('every rule of the validator runs in the relay, with its messages: Markdown, mail, commune, references', async () => {
    const text = VALID['cooperations/coop-test.md']!.replace('titre: Coopération de test', 'titre: Coopération des îles')
      .replace(/resume: .*/, 'resume: Une coopération &amp; imaginaire qui sert seulement aux tests automatiques du site.')
      .replace('porteurs: [asso-test]', 'porteurs: [asso-tset]')
      .replace('code_insee: "22278"', 'code_insee: "22000"')
      // A consumer provider of the full list with an internationalised name (xn--9kq967o.com).
      .replace('contact@exemple.fr', 'quelquun@雨云.com')
      .replace('Texte de la coopération.', 'Texte de la coopération.\n\n![Photo](https://images.exemple.org/photo.jpg)');
    const res = await post(await proposal({ collection: 'cooperations', slug: 'cooperation-des-iles', text }));
    expect(res.status).toBe(422);
    const expected = validatorSays('cooperations/cooperation-des-iles.md', text);
    // Each rule that once needed Node (native Markdown parser, punycode, communes on disk) spoke.
    for (const part of [
      'le résumé est du texte simple',
      'vouliez-vous dire « asso-test »',
      'est un code postal (Saint-Brieuc)',
      'est une adresse personnelle',
      'n’est pas un fichier du site',
    ]) {
      expect(expected.map((p) => p.message).join('\n'), part).toContain(part);
    }
    expect(res.json.problems).toEqual(expected);
  });

  test('a published record may not cite a draft (read from the repository); a draft may', async () => {
    const text = VALID['cooperations/coop-test.md']!.replace('titre: Coopération de test', 'titre: Coopération naissante').replace(
      'porteurs: [asso-test]',
      'porteurs: [asso-test, asso-brouillon]',
    );
    const res = await post(await proposal({ collection: 'cooperations', slug: 'cooperation-naissante', text }));
    expect(res.status).toBe(422);
    const expected = validatorSays('cooperations/cooperation-naissante.md', text);
    expect(expected.map((p) => p.message).join('\n')).toContain('« asso-brouillon » est un brouillon');
    expect(res.json.problems).toEqual(expected);
    const draft = text.replace('publie_le:', 'brouillon: true\npublie_le:');
    expect(validatorSays('cooperations/cooperation-naissante.md', draft)).toEqual([]);
    expect((await post(await proposal({ collection: 'cooperations', slug: 'cooperation-naissante', text: draft }))).status).toBe(201);
  });

  test('an event is checked for its place on the map and its clock, as the validator does', async () => {
    const text = VALID['evenements/evenement-test.md']!.replace('titre: Événement de test', 'titre: Événement d’été')
      .replace(/debut: .*/, 'debut: 2027-07-04T09:30:00+01:00')
      .replace(/fin: .*/, 'fin: 2027-07-04T17:00:00+02:00')
      .replace('  departement: "42"', '  departement: "42"\n  coordonnees: [5.37, 43.3]');
    const res = await post(await proposal({ collection: 'evenements', slug: 'evenement-d-ete', text }));
    expect(res.status).toBe(422);
    const expected = validatorSays('evenements/evenement-d-ete.md', text);
    for (const part of ['ces coordonnées tombent à', 'le décalage horaire « +01:00 »'])
      expect(expected.map((p) => p.message).join('\n'), part).toContain(part);
    expect(res.json.problems).toEqual(expected);
  });

  test('a new record under a name already taken is refused with what to do', async () => {
    const res = await post(await proposal({ slug: 'asso-test' }));
    expect(res.status).toBe(409);
    expect(res.json.error).toContain('Choisissez un autre nom');
  });

  test('spam is refused: honeypot, missing or forged proof of work', async () => {
    const count = github.requests.length;
    expect((await post(await proposal({ website: 'http://spam.example' }))).json.error).toMatch(/envoi automatique/);
    const { altcha: _, ...withoutPow } = await proposal();
    expect((await post(withoutPow)).status).toBe(400);
    const forged = await proposal();
    const decoded = JSON.parse(atob(forged.altcha)) as { solution: { derivedKey: string } };
    // A key that was not derived from the challenge: a guess instead of the work.
    decoded.solution.derivedKey = decoded.solution.derivedKey.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    const res = await post({ ...forged, altcha: btoa(JSON.stringify(decoded)) });
    expect(res.status).toBe(403);
    expect(res.json.error).toMatch(/anti-robot/);
    // A solved challenge counts once.
    const once = await proposal({ slug: 'une-seule-fois' });
    expect((await post(once)).status).toBe(201);
    expect((await post({ ...once, slug: 'deux-fois' })).status).toBe(403);
    expect(github.requests.slice(count).some((r) => r.path.includes('deux-fois'))).toBe(false);
  });

  test('one address is limited to a few proposals an hour', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await post(await proposal({ slug: `limite-${i}` }), { from: '192.0.2.7' })).status);
    expect(statuses).toEqual([201, 201, 201, 429]);
    const res = await post(await proposal({ slug: 'limite-5' }), { from: '192.0.2.7' });
    expect(res.json.error).toMatch(/dans une heure/);
  });

  test('oversized bodies, other origins and other content types are refused', async () => {
    const big = await post(await proposal({ text: `${NEW_ACTEUR}\n${'x'.repeat(300_000)}` }));
    expect(big.status).toBe(413);
    expect(big.json.error).toMatch(/trop longue/);
    const other = await post(await proposal(), { origin: 'https://ailleurs.example' });
    expect(other.status).toBe(403);
    expect(other.cors).toBeNull();
    expect((await post('collection=acteurs', { contentType: 'application/x-www-form-urlencoded' })).status).toBe(415);
    const preflight = await fetch(`${relay.url}/propositions`, {
      method: 'OPTIONS',
      headers: { Origin: SITE, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBe(SITE);
    expect(preflight.headers.get('Access-Control-Allow-Headers')).toMatch(/content-type/i);
    const foreign = await fetch(`${relay.url}/propositions`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://ailleurs.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(foreign.headers.get('Access-Control-Allow-Origin')).toBeNull();
    expect((await fetch(`${relay.url}/challenge`, { headers: { Origin: 'https://ailleurs.example' } })).status).toBe(403);
  });

  test('GitHub’s rate limit gives the contributor a time to come back', async () => {
    github.failNext('POST /repos/{owner}/{repo}/git/refs', {
      status: 403,
      message: 'API rate limit exceeded',
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 600) },
    });
    const res = await post(await proposal({ slug: 'limite-github' }));
    expect(res.status).toBe(503);
    expect(res.json.error).toMatch(/Réessayez dans (9|10) minutes/);
    github.failNext('GET /repos/{owner}/{repo}/git/ref/{ref}', {
      status: 429,
      message: 'secondary rate limit',
      headers: { 'retry-after': '60' },
    });
    expect((await post(await proposal({ slug: 'limite-secondaire' }))).json.error).toMatch(/Réessayez dans 1 minute\b/);
  });

  test('a label or reviewer GitHub refuses does not undo the pull request', async () => {
    github.failNext('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', { status: 422, message: 'Validation Failed' });
    github.failNext('POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', {
      status: 422,
      message: 'Reviews may only be requested from collaborators',
    });
    const res = await post(await proposal({ slug: 'sans-etiquette' }));
    expect(res.status).toBe(201);
    expect(github.pulls.at(-1)).toMatchObject({ labels: [], reviewers: [] });
  });

  test('a conflict on GitHub asks to reload and send again', async () => {
    github.failNext('PUT /repos/{owner}/{repo}/contents/{path}', { status: 409, message: 'does not match' });
    const res = await post(await proposal({ slug: 'conflit' }));
    expect(res.status).toBe(409);
    expect(res.json.error).toMatch(/Rechargez la page/);
    github.failNext('POST /repos/{owner}/{repo}/git/refs', { status: 422, message: 'Reference already exists' });
    expect((await post(await proposal({ slug: 'conflit-2' }))).json.error).toMatch(/Rechargez la page/);
  });
});
