import { describe, expect, test } from 'vitest';
import { VALID } from '../../../tests/helpers/content.ts';
import { formatProblem } from './problem.ts';
import { checkRecord, internalProblem, recordHeader, validateRecordText } from './record.ts';
import { createSchemas } from '../../schemas/index.ts';
import { CODES_DEPARTEMENTS, CODES_REGIONS } from '../territories/territoires.ts';
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

  test('a draft may point at a draft; a published record may not', () => {
    const ids = { ...Object.fromEntries(COLLECTIONS.map((c) => [c, []])), acteurs: ['asso-brouillon'] } as Record<CollectionName, string[]>;
    const drafts = new Set(['acteurs/asso-brouillon']);
    const draft = VALID['cooperations/coop-test.md']!.replace('porteurs: [asso-test]', 'porteurs: [asso-brouillon]\nbrouillon: true');
    expect(validateRecordText('cooperations', 'coop-test.md', draft, THEMES, NODE_RULE_CONTEXT, { ids, drafts })).toEqual([]);
  });

  test('still checks the references of a header the schema refuses, every problem sorted by line', () => {
    const ids = { ...Object.fromEntries(COLLECTIONS.map((c) => [c, []])), acteurs: ['asso-test'] } as Record<CollectionName, string[]>;
    const text = VALID['cooperations/coop-test.md']!.replace('porteurs: [asso-test]', 'porteurs: [asso-tset]').replace('statut: lancee', 'statut: inconnu').replace('Texte de la coopération.', 'À REMPLIR');
    expect(validateRecordText('cooperations', 'coop-test.md', text, THEMES, NODE_RULE_CONTEXT, { ids }).map((p) => `${p.line}: ${p.field ?? ''}`)).toEqual(['5: statut', '8: porteurs[0]', '18: ']);
  });

  test('with the known records, a text without a header gets only its own problem', () => {
    const ids = Object.fromEntries(COLLECTIONS.map((c) => [c, [] as string[]])) as Record<CollectionName, string[]>;
    expect(validateRecordText('acteurs', 'x.md', 'texte', THEMES, NODE_RULE_CONTEXT, { ids }).map((p) => p.message)).toEqual([
      'la fiche doit commencer par une ligne « --- », puis les champs (titre, resume…), puis une autre ligne « --- »',
    ]);
  });

  test('turns a bug of a rule into a problem on line 1 of the file, with the error', () => {
    const broken = (thrown: unknown) => ({ ...NODE_RULE_CONTEXT, markdown: () => { throw thrown; } });
    const text = VALID['temoignages/temoignage-test.md']!;
    expect(validateRecordText('temoignages', 'temoignage-test.md', text, THEMES, broken(new Error('panne')))).toEqual([
      {
        file: 'temoignages/temoignage-test.md',
        line: 1,
        message: 'erreur interne du vérificateur en lisant ce fichier (panne) : signalez-la aux mainteneurs ; les autres fichiers ont bien été vérifiés',
      },
    ]);
    expect(internalProblem('f.md', 'pas une erreur').message).toContain('(pas une erreur)');
  });
});

describe('checkRecord', () => {
  const schemas = createSchemas({ themes: THEMES, departements: CODES_DEPARTEMENTS, regions: CODES_REGIONS });
  const check = (name: string, text: string) => checkRecord('acteurs', name, text, schemas, NODE_RULE_CONTEXT);

  test('gives the record, its id, its body and the line the body starts on', () => {
    const result = check('asso-test.md', VALID['acteurs/asso-test.md']!);
    expect(result.problems).toEqual([]);
    expect(result.partial).toBeUndefined();
    expect(result.record).toMatchObject({ collection: 'acteurs', slug: 'asso-test', file: 'acteurs/asso-test.md', body: '\nTexte de l’acteur.\n', bodyLine: 9 });
    expect(result.record?.data).toMatchObject({ titre: 'Association de test', departements: ['22'] });
    expect(result.record?.raw.departements).toEqual(['22']);
  });

  test('keeps the header the schema refused, for its references', () => {
    const result = check('asso-test.md', VALID['acteurs/asso-test.md']!.replace('type: association_locale', 'type: club'));
    expect(result.record).toBeUndefined();
    expect(result.partial?.raw.type).toBe('club');
  });

  test('reports YAML errors at the line and column of the file, not of the header', () => {
    expect(check('x.md', '---\ntitre: a\ntitre: b\n---\n').problems).toEqual([
      { file: 'acteurs/x.md', line: 3, column: 1, message: 'le champ « titre » est écrit deux fois : gardez-en un seul' },
    ]);
  });

  test('refuses a header that is not a list of fields, at its first line', () => {
    for (const header of ['- a\n- b', '42']) {
      expect(check('x.md', `---\n${header}\n---\n`)).toEqual({
        problems: [{ file: 'acteurs/x.md', line: 2, message: 'l’en-tête doit être une suite de lignes « champ: valeur » (titre: …, resume: …)' }],
      });
    }
  });

  test('suggests a file name made from the whole name before « .md »', () => {
    expect(check('Notes.mdx.md', VALID['acteurs/asso-test.md']!).problems[0]?.message).toContain('par exemple « notes-mdx.md »');
  });

  test('reports a bad file name and a missing header together, suggesting a name even when none can be made', () => {
    expect(check('___.md', 'texte').problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '1: nom de fichier invalide : utilisez des minuscules sans accents, des chiffres et des tirets, par exemple « nom-de-la-fiche.md »',
      '1: la fiche doit commencer par une ligne « --- », puis les champs (titre, resume…), puis une autre ligne « --- »',
    ]);
  });
});

describe('recordHeader', () => {
  test('reads the header as written, or nothing when it is not a list of fields', () => {
    expect(recordHeader('---\ntitre: Une fiche\nthemes: [a]\n---\ntexte')).toEqual({ titre: 'Une fiche', themes: ['a'] });
    expect(recordHeader('---\n---\n')).toBeUndefined();
    expect(recordHeader('texte')).toBeUndefined();
    expect(recordHeader('---\ntitre: a\ntitre: b\n---\n')).toBeUndefined();
    expect(recordHeader('---\n- a\n---\n')).toBeUndefined();
  });
});
