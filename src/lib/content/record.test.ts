import { describe, expect, test } from 'vitest';
import { VALID } from '../../../tests/helpers/content.ts';
import { formatProblem } from './problem.ts';
import { validateRecordText } from './record.ts';
import { NODE_RULE_CONTEXT } from './node-context.ts';
import { COLLECTIONS, type CollectionName } from '../../schemas/collections.ts';

const THEMES = ['isolement-social', 'gouvernance'];

describe('validateRecordText', () => {
  test('accepts a valid record', () => {
    expect(validateRecordText('cooperations', 'coop-test.md', VALID['cooperations/coop-test.md']!, THEMES, NODE_RULE_CONTEXT)).toEqual([]);
  });

  test('reports problems with the collection/file name, line and field, without needing the content folder', () => {
    const text = VALID['cooperations/coop-test.md']!.replace('contact@exemple.fr', 'Jean.Dupont@Hotmail.FR').replace('themes: [isolement-social, gouvernance]', 'themes: [cuisine]');
    expect(validateRecordText('cooperations', 'coop-test.md', text, THEMES, NODE_RULE_CONTEXT).map(formatProblem)).toEqual([
      'cooperations/coop-test.md:6: themes[0] — « cuisine » n\'est pas un thème connu (thèmes possibles : isolement-social, gouvernance)',
    ]);
    const personal = VALID['cooperations/coop-test.md']!.replace('contact@exemple.fr', 'Jean.Dupont@Hotmail.FR');
    expect(validateRecordText('cooperations', 'coop-test.md', personal, THEMES, NODE_RULE_CONTEXT).map(formatProblem)[0]).toContain(
      'cooperations/coop-test.md:14: contact.email — « Jean.Dupont@Hotmail.FR » est une adresse personnelle',
    );
  });

  test('never throws, whatever the text', () => {
    for (const text of ['', '---', '---\n---\n', '\u0000\u0001', '---\n: :\n---\n', '---\n[\n---\n', '---\n- a\n---\n', '---\n"\n---\n']) {
      expect(() => validateRecordText('acteurs', 'x.md', text, THEMES, NODE_RULE_CONTEXT)).not.toThrow();
      expect(validateRecordText('acteurs', 'x.md', text, THEMES, NODE_RULE_CONTEXT).length).toBeGreaterThan(0);
    }
  });

  test('with the known records, checks references as the validator does in the folder; an edit replaces its old self', () => {
    // Every collection of the descriptor, empty but for the actors and cooperations named here.
    const ids = { ...Object.fromEntries(COLLECTIONS.map((c) => [c, []])), acteurs: ['asso-test', 'asso-brouillon'], cooperations: ['coop-test'] } as Record<CollectionName, string[]>;
    const coop = VALID['cooperations/coop-test.md']!;
    // The record being edited is in the repository under its own name: it is no duplicate of itself.
    expect(validateRecordText('cooperations', 'coop-test.md', coop, THEMES, NODE_RULE_CONTEXT, { ids })).toEqual([]);
    const typo = coop.replace('porteurs: [asso-test]', 'porteurs: [asso-tset]');
    expect(validateRecordText('cooperations', 'coop-test.md', typo, THEMES, NODE_RULE_CONTEXT, { ids }).map(formatProblem)).toEqual([
      'cooperations/coop-test.md:8: porteurs[0] — « asso-tset » ne correspond à aucune fiche acteurs (fichier content/acteurs/asso-tset.md introuvable) ; vouliez-vous dire « asso-test » ?',
    ]);
    const draft = coop.replace('porteurs: [asso-test]', 'porteurs: [asso-brouillon]');
    expect(validateRecordText('cooperations', 'coop-test.md', draft, THEMES, NODE_RULE_CONTEXT, { ids })).toEqual([]);
    expect(validateRecordText('cooperations', 'coop-test.md', draft, THEMES, NODE_RULE_CONTEXT, { ids, drafts: new Set(['acteurs/asso-brouillon']) })[0]?.message).toContain('« asso-brouillon » est un brouillon');
    // Without the known records, references are not checked (they need the repository).
    expect(validateRecordText('cooperations', 'coop-test.md', typo, THEMES, NODE_RULE_CONTEXT)).toEqual([]);
  });

  test('refuses a file name that is not an id', () => {
    expect(validateRecordText('acteurs', 'Mon Asso.md', VALID['acteurs/asso-test.md']!, THEMES, NODE_RULE_CONTEXT)[0]?.message).toContain('par exemple « mon-asso.md »');
  });
});
