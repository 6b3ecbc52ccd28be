import { describe, expect, test } from 'vitest';
import { batchOutcome, batchPayload, sendBatch } from './relay-batch.ts';

const who = { name: ' Personne fictive ', contact: 'contact@exemple.test', consent: false, note: '', website: '' };

describe('batchPayload', () => {
  test('sends the records, the name, and the contact only with the consent box', () => {
    const fiches = [{ slug: 'a', text: 'x', edit: false }];
    expect(batchPayload('acteurs', fiches, who, 'preuve')).toEqual({
      collection: 'acteurs',
      fiches,
      proposer: { name: 'Personne fictive', consent: false },
      website: '',
      altcha: 'preuve',
    });
    expect(batchPayload('acteurs', fiches, { ...who, consent: true }, 'p').proposer).toEqual({
      name: 'Personne fictive',
      contact: 'contact@exemple.test',
      consent: true,
    });
  });
});

describe('batchOutcome', () => {
  test('gives the pull request’s address, or each problem named by its record', () => {
    expect(batchOutcome(201, { url: 'https://github.com/equipe/centre/pull/3' })).toMatchObject({
      ok: true,
      url: 'https://github.com/equipe/centre/pull/3',
    });
    const refused = batchOutcome(422, {
      error: 'Des fiches du lot contiennent des erreurs',
      problems: [{ fiche: 'maison-fictive', field: 'type', message: 'valeur inconnue' }],
    });
    expect(refused).toEqual({
      ok: false,
      message: 'Des fiches du lot contiennent des erreurs',
      problems: ['fiche maison-fictive, type : valeur inconnue'],
    });
  });
  test('says so when the relay does not answer', async () => {
    const outcome = await sendBatch('http://relais.exemple.test', batchPayload('acteurs', [], who, 'p'), () =>
      Promise.reject(new Error('réseau')),
    );
    expect(outcome.ok ? '' : outcome.message).toMatch(/ne répond pas/);
  });
});
