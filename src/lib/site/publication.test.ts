import { describe, expect, test } from 'vitest';
import { type PublicationSettings, publicationMessage, publicationProblems } from './publication.ts';

const good: PublicationSettings = {
  SITE_URL: 'https://cooperations.asso.fr',
  BASE_PATH: '',
  REPO_URL: 'https://github.com/asso/centre-de-ressources',
  EDITEUR: 'Association Coopérations, 1 rue de la Paix, 75002 Paris ; directrice de la publication : Marie Dupont',
  HEBERGEUR: 'Hébergeur du test, 2 rue du Test, 22000 Saint-Brieuc, 01 02 03 04 05',
  CONTACT_EMAIL: 'contact@asso.fr',
  CARTE_FOND: '',
  RELAY_URL: '',
};

describe('publicationProblems', () => {
  test('accepts settings that are all filled in', () => {
    expect(publicationProblems(good)).toEqual([]);
    expect(
      publicationProblems({ ...good, BASE_PATH: '/centre-de-ressources/', CARTE_FOND: 'ign', RELAY_URL: 'https://relais.asso.fr' }),
    ).toEqual([]);
  });

  test('names each missing setting on a fresh clone', () => {
    const problems = publicationProblems({
      SITE_URL: undefined,
      BASE_PATH: undefined,
      REPO_URL: undefined,
      EDITEUR: undefined,
      HEBERGEUR: undefined,
      CONTACT_EMAIL: undefined,
      CARTE_FOND: undefined,
      RELAY_URL: undefined,
    });
    expect(problems.map((p) => p.split(' ')[0])).toEqual(['SITE_URL', 'REPO_URL', 'EDITEUR', 'HEBERGEUR', 'CONTACT_EMAIL']);
  });

  test('refuses this computer’s address and plain http', () => {
    expect(publicationProblems({ ...good, SITE_URL: 'http://localhost:4321' })).toEqual([
      expect.stringMatching(/^SITE_URL désigne cet ordinateur/),
    ]);
    expect(publicationProblems({ ...good, SITE_URL: 'https://127.0.0.1' })).toHaveLength(1);
    expect(publicationProblems({ ...good, SITE_URL: 'http://cooperations.asso.fr' })).toEqual([expect.stringMatching(/https:\/\//)]);
  });

  test('refuses what a template leaves behind', () => {
    expect(publicationProblems({ ...good, EDITEUR: 'À compléter' })).toEqual([
      expect.stringMatching(/^EDITEUR contient un texte à remplacer/),
    ]);
    expect(publicationProblems({ ...good, HEBERGEUR: 'non renseigné' })).toHaveLength(1);
    expect(publicationProblems({ ...good, CONTACT_EMAIL: 'contact@example.org' })).toHaveLength(1);
    expect(publicationProblems({ ...good, CONTACT_EMAIL: 'pas une adresse' })).toHaveLength(1);
  });

  test('refuses an unknown basemap and a base path with spaces', () => {
    expect(publicationProblems({ ...good, CARTE_FOND: 'osm' })).toHaveLength(1);
    expect(publicationProblems({ ...good, BASE_PATH: '/centre de ressources/' })).toHaveLength(1);
  });
});

describe('publicationMessage', () => {
  test('lists every problem and says where to fill the settings', () => {
    const message = publicationMessage(['SITE_URL manque.', 'EDITEUR manque.']);
    expect(message).toMatch(/^Publication impossible : 2 réglages/);
    expect(message).toContain('  - SITE_URL manque.');
    expect(message).toContain('README');
  });
});
