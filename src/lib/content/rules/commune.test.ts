import { describe, expect, test } from 'vitest';
import { edit } from '../../../../tests/helpers/content.ts';
import { checkRecordText as check } from '../../../../tests/helpers/record.ts';

describe('communeConsistency', () => {
  test('recognises a postal code and names the INSEE code of the commune', () => {
    expect(check(edit('cooperations/coop-test.md', 'code_insee: "22278"', 'code_insee: "22000"'))[0]).toContain('« 22000 » est un code postal (Saint-Brieuc), pas le code INSEE de la commune : le code INSEE de Saint-Brieuc est "22278"');
  });

  test('compares names without accents, case or Saint/St differences', () => {
    for (const nom of ['saint-brieuc', 'SAINT BRIEUC', 'St-Brieuc', 'Saint-Brieuc']) {
      expect(check(edit('cooperations/coop-test.md', 'commune: Saint-Brieuc', `commune: ${nom}`)), nom).toEqual([]);
    }
    expect(check(edit('cooperations/coop-test.md', 'commune: Saint-Brieuc', 'commune: Plérin'))[0]).toContain('lieu.commune — le code INSEE "22278" est celui de Saint-Brieuc, pas de « Plérin »');
  });

  test('reads « œ » as « oe »: « Oeuilly » is Œuilly, code 02565', () => {
    const oeuilly = (nom: string) =>
      check(
        edit(
          'cooperations/coop-test.md',
          'departements: ["22"]\nporteurs: [asso-test]\nlieu:\n  commune: Saint-Brieuc\n  code_insee: "22278"\n  coordonnees: [-2.76, 48.51]',
          `departements: ["02"]\nporteurs: [asso-test]\nlieu:\n  commune: ${nom}\n  code_insee: "02565"\n  coordonnees: [3.69, 49.41]`,
        ),
      );
    for (const nom of ['Oeuilly', 'OEUILLY', 'Œuilly']) expect(oeuilly(nom), nom).toEqual([]);
    expect(oeuilly('Ouilly')[0]).toContain('le code INSEE "02565" est celui de Œuilly, pas de « Ouilly »');
  });
});

describe('communeConsistency, each disagreement on its own line and field', () => {
  test('a code that is neither an INSEE code nor a postal code names the code of the commune given by name', () => {
    expect(check(edit('cooperations/coop-test.md', 'code_insee: "22278"', 'code_insee: "99999"'))).toEqual([
      expect.stringMatching(/:\d+: lieu\.code_insee — « 99999 » n'est pas le code INSEE d'une commune actuelle ; le code INSEE de Saint-Brieuc est "22278"$/),
    ]);
  });

  test('a code of another commune names both codes', () => {
    expect(check(edit('cooperations/coop-test.md', 'commune: Saint-Brieuc', 'commune: Plérin'))).toEqual([
      expect.stringMatching(
        /:\d+: lieu\.commune — le code INSEE "22278" est celui de Saint-Brieuc, pas de « Plérin » : corrigez le nom ou le code \(le code de Plérin est "22187"\)$/,
      ),
    ]);
  });

  test('a commune outside the record’s départements says which one to add', () => {
    const problems = check(
      edit(
        'cooperations/coop-test.md',
        'lieu:\n  commune: Saint-Brieuc\n  code_insee: "22278"\n  coordonnees: [-2.76, 48.51]',
        'lieu:\n  commune: Brest\n  code_insee: "29019"\n  coordonnees: [-4.49, 48.39]',
      ),
    );
    expect(problems.filter((p) => p.includes('lieu.code_insee'))).toEqual([
      expect.stringMatching(/lieu\.code_insee — la commune Brest est dans le département « 29 » \(Finistère\), qui n'est pas dans « departements »$/),
    ]);
  });

  test('an event’s place: its département field and the record’s départements must hold the commune’s', () => {
    const moved = check(edit('evenements/evenement-test.md', 'departement: "42"', 'departement: "69"'));
    expect(moved).toEqual([expect.stringMatching(/lieu\.departement — la commune Pélussin \(42168\) est dans le département « 42 », pas « 69 »$/)]);
    const missing = check(edit('evenements/evenement-test.md', 'departements: ["42"]', 'departements: ["69"]'));
    expect(missing).toEqual([expect.stringMatching(/: departements — ajoutez "42" : le lieu \(Pélussin\) est dans ce département$/)]);
    expect(check(edit('evenements/evenement-test.md', 'departements: ["42"]', 'departements: ["42", "69"]'))).toEqual([]);
  });
});

describe('communeConsistency, a postal code or an unknown code', () => {
  const place = (commune: string, code: string) => check(edit('cooperations/coop-test.md', 'commune: Saint-Brieuc\n  code_insee: "22278"', `commune: ${commune}\n  code_insee: "${code}"`));

  test('lists the communes a postal code serves (four at most) and names the one the record names', () => {
    expect(place('Yffiniac', '22120')).toEqual([
      'cooperations/coop-test.md:11: lieu.code_insee — « 22120 » est un code postal (Hillion, Pommeret, Quessoy, Yffiniac), pas le code INSEE de la commune : le code INSEE de Yffiniac est "22389"',
    ]);
    expect(place('Guingamp', '22200')).toEqual([
      'cooperations/coop-test.md:11: lieu.code_insee — « 22200 » est un code postal (Grâces, Guingamp, Le Merzer, Moustéru…), pas le code INSEE de la commune : le code INSEE de Guingamp est "22070"',
    ]);
  });

  test('names the only commune of a postal code whatever the name says, and sends to insee.fr when several could be meant', () => {
    expect(place('Ville de Saint-Brieuc', '22000')).toEqual([
      'cooperations/coop-test.md:11: lieu.code_insee — « 22000 » est un code postal (Saint-Brieuc), pas le code INSEE de la commune : le code INSEE de Saint-Brieuc est "22278"',
    ]);
    expect(place('Saint-Brieuc', '22200')).toEqual([
      'cooperations/coop-test.md:11: lieu.code_insee — « 22200 » est un code postal (Grâces, Guingamp, Le Merzer, Moustéru…), pas le code INSEE de la commune : cherchez le code INSEE de la commune (il figure sur la page de la commune sur insee.fr)',
    ]);
  });

  test('gives no code when the name is unknown or shared by several communes', () => {
    expect(place('Ville Imaginaire', '99999')).toEqual(["cooperations/coop-test.md:11: lieu.code_insee — « 99999 » n'est pas le code INSEE d'une commune actuelle"]);
    expect(place('Saint-Denis', '99999')).toEqual(["cooperations/coop-test.md:11: lieu.code_insee — « 99999 » n'est pas le code INSEE d'une commune actuelle"]);
    expect(place('Saint-Denis', '22278')).toEqual(['cooperations/coop-test.md:10: lieu.commune — le code INSEE "22278" est celui de Saint-Brieuc, pas de « Saint-Denis » : corrigez le nom ou le code']);
  });
});

describe('communeConsistency, an event’s lines', () => {
  test('points at the place’s département and at the record’s départements, each on its own line; a national event lists none', () => {
    expect(check(edit('evenements/evenement-test.md', 'departement: "42"', 'departement: "69"'))).toEqual([
      'evenements/evenement-test.md:10: lieu.departement — la commune Pélussin (42168) est dans le département « 42 », pas « 69 »',
    ]);
    expect(check(edit('evenements/evenement-test.md', 'departements: ["42"]', 'departements: ["69"]'))).toEqual([
      'evenements/evenement-test.md:13: departements — ajoutez "42" : le lieu (Pélussin) est dans ce département',
    ]);
    expect(check(edit('evenements/evenement-test.md', 'departements: ["42"]', 'departements: []'))).toEqual([]);
  });
});
