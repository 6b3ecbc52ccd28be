import { describe, expect, test } from 'vitest';
import { relayOutcome, relayPayload, sendToRelay } from './relay-client.ts';

const record = { collection: 'acteurs', slug: 'voisins', text: '---\ntitre: x\n---\n' };
const nobody = { name: '', contact: '', consent: false, note: '', website: '' };

describe('relayPayload', () => {
  test('leaves out what the person did not write', () => {
    expect(relayPayload(record, nobody, 'pow')).toEqual({ ...record, edit: false, website: '', altcha: 'pow' });
  });

  test('sends contact details only when the consent box is ticked', () => {
    const who = { ...nobody, name: ' Camille ', contact: 'camille@exemple.fr', note: ' Bonjour ' };
    expect(relayPayload(record, who, 'pow')).toMatchObject({ proposer: { name: 'Camille', consent: false }, note: 'Bonjour' });
    expect(relayPayload(record, who, 'pow').proposer).not.toHaveProperty('contact');
    expect(relayPayload(record, { ...who, consent: true }, 'pow').proposer).toEqual({
      name: 'Camille',
      contact: 'camille@exemple.fr',
      consent: true,
    });
  });
});

describe('relayOutcome', () => {
  test('gives the pull request address on success', () => {
    expect(relayOutcome(201, { url: 'https://github.com/o/r/pull/3' })).toMatchObject({ ok: true, url: 'https://github.com/o/r/pull/3' });
  });

  test('shows the relay’s French message and the validator’s problems with their field', () => {
    const out = relayOutcome(422, {
      error: 'La fiche contient des erreurs',
      problems: [{ line: 5, field: 'themes[0]', message: '« cuisine » n’est pas un thème connu' }],
    });
    expect(out).toEqual({
      ok: false,
      message: 'La fiche contient des erreurs',
      problems: ['themes[0] : « cuisine » n’est pas un thème connu'],
    });
  });

  test('explains a relay that does not answer, or answers without a message', () => {
    expect(relayOutcome(undefined, undefined).message).toMatch(/ne répond pas/);
    expect(relayOutcome(500, 'oops').message).toMatch(/erreur \(500\)/);
  });
});

describe('sendToRelay', () => {
  test('posts JSON to /propositions without cookies and reads the answer', async () => {
    let seen: { url: string; init?: RequestInit } | undefined;
    const fake = (async (url: string, init?: RequestInit) => {
      seen = { url, init };
      return new Response(JSON.stringify({ url: 'https://github.com/o/r/pull/1' }), { status: 201 });
    }) as typeof fetch;
    const out = await sendToRelay('https://relais.example/', relayPayload(record, nobody, 'pow'), fake);
    expect(out.ok).toBe(true);
    expect(seen?.url).toBe('https://relais.example/propositions');
    expect(seen?.init).toMatchObject({ method: 'POST', credentials: 'omit', headers: { 'Content-Type': 'application/json' } });
  });

  test('turns a network failure into an outcome', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect((await sendToRelay('https://relais.example', relayPayload(record, nobody, 'pow'), failing)).ok).toBe(false);
  });
});
