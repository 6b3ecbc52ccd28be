import { describe, expect, test } from 'vitest';
import type { z } from 'astro/zod';
import { VALID } from '../../../tests/helpers/content.ts';
import { createSchemas } from '../../schemas/index.ts';
import { NODE_RULE_CONTEXT } from './node-context.ts';
import { formatProblem } from './problem.ts';
import { checkRecord } from './record.ts';
import { knownKeys } from './schema-issues.ts';
import type { CollectionName } from '../../schemas/collections.ts';

const schemas = createSchemas({ themes: ['isolement-social', 'gouvernance'], departements: ['22', '42'], regions: ['53'] });
/** The problems of a valid test record with one change, as a contributor reads them. */
const problems = (collection: CollectionName, record: string, from: string, to: string) => {
  const text = VALID[`${collection}/${record}.md`]!;
  expect(text).toContain(from);
  return checkRecord(collection, `${record}.md`, text.replace(from, to), schemas, NODE_RULE_CONTEXT).problems.map(formatProblem);
};

describe('a field the schema does not know', () => {
  test('is reported at its line, with the nearest field of the same object suggested', () => {
    expect(problems('cooperations', 'coop-test', '  email: contact@exemple.fr', '  mail: contact@exemple.fr')).toEqual([
      "cooperations/coop-test.md:14: contact.mail — le champ « mail » n'existe pas ici ; vouliez-vous dire « email » ? (liste des champs : CONTRIBUTING.md)",
    ]);
    expect(problems('temoignages', 'temoignage-test', '    role: animatrice', '    rol: animatrice')).toEqual([
      "temoignages/temoignage-test.md:7: personnes[0].rol — le champ « rol » n'existe pas ici ; vouliez-vous dire « role » ? (liste des champs : CONTRIBUTING.md)",
    ]);
  });

  test('gets no suggestion when nothing is close, and each unknown field is reported', () => {
    expect(problems('temoignages', 'temoignage-test', 'format: ecrit', 'format: ecrit\nzzzz: 1\nyyyy: 2')).toEqual([
      "temoignages/temoignage-test.md:5: zzzz — le champ « zzzz » n'existe pas ici (liste des champs : CONTRIBUTING.md)",
      "temoignages/temoignage-test.md:6: yyyy — le champ « yyyy » n'existe pas ici (liste des champs : CONTRIBUTING.md)",
    ]);
  });
});

describe('a value several forms are allowed for', () => {
  test('gets the message of an impossible value of the right form, else of the fullest form', () => {
    expect(problems('evenements', 'evenement-test', 'debut: 2027-03-04T09:30:00+01:00', 'debut: 2027-02-30')).toEqual(['evenements/evenement-test.md:5: debut — cette date n’existe pas dans le calendrier']);
    expect(problems('evenements', 'evenement-test', 'debut: 2027-03-04T09:30:00+01:00', 'debut: bientôt')).toEqual([
      'evenements/evenement-test.md:5: debut — une date et heure s’écrit AAAA-MM-JJTHH:MM:SS+01:00 (avec le décalage horaire : +01:00 en hiver, +02:00 en été), ou AAAA-MM-JJ seule pour une journée entière',
    ]);
  });
});

describe('knownKeys', () => {
  const of = (c: CollectionName) => schemas[c] as z.ZodType;
  test('lists the fields of an object at a path, through optional values and lists', () => {
    expect(knownKeys(of('cooperations'), ['lieu'])).toEqual(['commune', 'code_insee', 'coordonnees']);
    expect(knownKeys(of('temoignages'), ['personnes', 0])).toEqual(['nom', 'role', 'structure']);
    expect(knownKeys(of('acteurs'), [])).toContain('titre');
  });

  test('lists nothing where there is no object', () => {
    expect(knownKeys(of('temoignages'), ['personnes', 'nom'])).toEqual([]);
    expect(knownKeys(of('temoignages'), ['personnes'])).toEqual([]);
    expect(knownKeys(of('temoignages'), ['titre'])).toEqual([]);
    expect(knownKeys(of('temoignages'), ['titre', 'x'])).toEqual([]);
    expect(knownKeys(of('temoignages'), [0])).toEqual([]);
    expect(knownKeys(of('temoignages'), ['inconnu'])).toEqual([]);
    expect(knownKeys(of('temoignages'), ['inconnu', 'x'])).toEqual([]);
    expect(knownKeys(of('temoignages'), ['inconnu', 0])).toEqual([]);
  });
});
