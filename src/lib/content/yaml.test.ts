import { describe, expect, test } from 'vitest';
import { readYaml } from './yaml.ts';

const problems = (text: string) => {
  const r = readYaml(text);
  return r.ok ? [] : r.problems.map((p) => `${p.line}:${p.column} ${p.message}`);
};

describe('readYaml', () => {
  test('reads plain YAML, keeping dates and codes as text', () => {
    const r = readYaml('titre: a\nd: 2016-01-01\ncode: "22"\nn: 22\nl: [a, b]\n');
    expect(r.ok && r.value).toEqual({ titre: 'a', d: '2016-01-01', code: '22', n: 22, l: ['a', 'b'] });
  });

  test('refuses a billion-laughs document before expanding it, naming the first anchor and alias', () => {
    const levels = Array.from({ length: 9 }, (_, i) => `l${i + 1}: &l${i + 1} [${Array(9).fill(`*l${i}`).join(', ')}]`);
    const text = ['l0: &l0 "lol"', ...levels].join('\n');
    expect(problems(text)).toEqual([
      '1:9 l’ancre « &l0 » n’est pas permise (10 en tout dans l’en-tête) : écrivez chaque valeur en entier, sans « & » ni « * »',
      '2:10 la référence « *l0 » n’est pas permise (81 en tout dans l’en-tête) : recopiez la valeur elle-même',
    ]);
  });

  test('refuses explicit tags, as written', () => {
    expect(problems('site: !!js/function "x"\n')[0]).toContain('l’étiquette « !!js/function » n’est pas permise');
    expect(problems('site: !perso x\n')[0]).toContain('n’est pas permise');
  });

  test('reports each syntax error at its own line and column with a hint by kind', () => {
    expect(problems('titre: a\nlieu:\n\tcommune: x\n')).toEqual(['3:1 une tabulation sert de retrait : remplacez-la par des espaces (deux espaces par niveau)']);
    expect(problems('titre: a\nresume: "Bonjour\ntype: y\nthemes: [a]\n')).toEqual(['2:9 un guillemet ouvert ici n’est jamais refermé : ajoutez le guillemet de fin sur la même ligne']);
    expect(problems('titre: a\nresume: Le but: faire\n')[0]).toMatch(/^2:9 un texte qui contient « : »/);
    expect(problems('titre: a\nresume: b\ntitre: c\n')).toEqual(['3:1 le champ « titre » est écrit deux fois : gardez-en un seul']);
    expect(problems('titre: a\nthemes: [a, b\ntype: x\n')[0]).toMatch(/^3:1 une liste entre crochets n’est pas fermée/);
  });

  test('has a hint for each other kind of mistake, and a general one for the rest', () => {
    expect(problems('titre: "a\\qb"\n')).toEqual(['1:10 une barre oblique inverse « \\ » entre guillemets doit être doublée « \\\\ », ou utilisez des guillemets simples']);
    expect(problems('titre: a\n]\n')).toEqual(['2:1 caractère inattendu à cet endroit : vérifiez la ponctuation (guillemets, crochets, deux-points) et le retrait']);
    expect(problems('a:\n  b: 1\n c: 2\n')).toEqual(['3:1 le retrait (les espaces en début de ligne) ne correspond pas à la ligne du dessus : alignez ce champ sur ses voisins']);
    expect(problems('l: {a: 1\n')[0]).toMatch(/^2:1 /);
    expect(problems('a: @x\n')).toEqual(['1:4 la mise en forme de l’en-tête est incorrecte à cet endroit : vérifiez le retrait, les guillemets et les deux-points']);
    expect(problems('? a\n? a\n')).toEqual(['2:3 le champ « a » est écrit deux fois : gardez-en un seul']);
  });

  test('points at the opening quote of a text never closed, single or double, after closed ones', () => {
    // The quote of « titre » is closed by the first one of « ["22"] », whose second one opens a text
    // that never closes: the quote to add is the one of « titre ».
    expect(problems('titre: "Association\nresume: Une fiche.\ndepartements: ["22"]\npublie_le: 2026-01-10\n')).toEqual([
      '1:8 un guillemet ouvert ici n’est jamais refermé : ajoutez le guillemet de fin sur la même ligne',
    ]);
    expect(problems('titre: "Déjà fermé"\nresume: \'Bonjour\ntype: y\n')).toEqual(['2:9 un guillemet ouvert ici n’est jamais refermé : ajoutez le guillemet de fin sur la même ligne']);
    expect(problems('titre: \'a\'\nlieu:\n  commune: "Brest\n  departement: 29\n')).toEqual(['3:12 un guillemet ouvert ici n’est jamais refermé : ajoutez le guillemet de fin sur la même ligne']);
  });

  test('names a field written twice as written, wherever it is', () => {
    expect(problems('a: 1\nb: 2\nb : 3\n')).toEqual(['3:1 le champ « b » est écrit deux fois : gardez-en un seul']);
    expect(problems('a - b: 1\na - b: 2\n')).toEqual(['2:1 le champ « a - b » est écrit deux fois : gardez-en un seul']);
    expect(problems('personnes:\n  - nom: a\n    nom: b\n')).toEqual(['3:5 le champ « nom » est écrit deux fois : gardez-en un seul']);
    expect(problems('? a\n? a\nb: 1\n')).toEqual(['2:3 le champ « a » est écrit deux fois : gardez-en un seul']);
  });

  test('tells an unclosed list from an unclosed quote, whatever words the list holds', () => {
    expect(problems('[quote, devis')).toEqual(['1:14 il manque un caractère de fermeture (un « ] » ou un « } ») : vérifiez les crochets de la liste']);
    expect(problems('{titre: a')).toEqual(['1:10 il manque un caractère de fermeture (un « ] » ou un « } ») : vérifiez les crochets de la liste']);
  });

  test('asks for quotes around a text that runs onto the next line as a field name', () => {
    expect(problems('titre\nresume: b\n')).toEqual(['1:1 un texte qui contient « : » (deux-points suivi d’une espace) doit être entre guillemets : écrivez champ: "votre texte"']);
  });

  test('has a hint for a second « --- » line and for a list with one dash per line inside brackets', () => {
    expect(problems('titre: a\n---\nresume: b\n')).toEqual(['2:1 une ligne « --- » de trop dans l’en-tête : l’en-tête s’ouvre et se ferme par une seule ligne « --- »']);
    expect(problems('themes: [a,\n - b]\n')).toEqual(['2:2 une liste entre crochets doit tenir sur une ligne, ou s’écrire avec un tiret par ligne']);
  });

  test('counts a lone anchor, alias or tag without « en tout », and names a tag of the core schema with « !! »', () => {
    expect(problems('a: &x 1\nb: *x\n')).toEqual([
      '1:7 l’ancre « &x » n’est pas permise : écrivez chaque valeur en entier, sans « & » ni « * »',
      '2:4 la référence « *x » n’est pas permise : recopiez la valeur elle-même',
    ]);
    expect(problems('site: !perso x\n')).toEqual(['1:14 l’étiquette « !perso » n’est pas permise : retirez-la et écrivez la valeur seule']);
    expect(problems('site: !!str x\nautre: !!int 2\n')).toEqual(['1:13 l’étiquette « !!str » n’est pas permise (2 en tout dans l’en-tête) : retirez-la et écrivez la valeur seule']);
  });

  test('lists every problem in reading order, by line then column', () => {
    expect(problems('a: &x 1\nb: 2\na: 3\n')).toEqual([
      '1:7 l’ancre « &x » n’est pas permise : écrivez chaque valeur en entier, sans « & » ni « * »',
      '3:1 le champ « a » est écrit deux fois : gardez-en un seul',
    ]);
    expect(problems('{a: &x 1, a: 2}\n')).toEqual([
      '1:8 l’ancre « &x » n’est pas permise : écrivez chaque valeur en entier, sans « & » ni « * »',
      '1:11 le champ « a » est écrit deux fois : gardez-en un seul',
    ]);
  });
});
