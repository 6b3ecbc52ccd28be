import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cleanContent, edit, makeContent, VALID } from '../../../tests/helpers/content.ts';
import { formatProblem, validateContent } from './validation.ts';

afterAll(cleanContent);

/** Validates the valid corpus with some changes and returns the formatted problems. */
function problems(changes: Record<string, string | null>): string[] {
  const dir = makeContent(changes);
  return validateContent(dir, { cwd: dir }).problems.map(formatProblem);
}

describe('validateContent', () => {
  test('accepts the valid corpus and counts its records', () => {
    const dir = makeContent();
    const result = validateContent(dir, { cwd: dir });
    expect(result.problems).toEqual([]);
    expect(result.records).toHaveLength(Object.keys(VALID).filter((name) => name.endsWith('.md')).length);
    expect(result.themes.map((t) => t.id)).toEqual(['isolement-social', 'gouvernance']);
  });

  test('names the file, line and field of an unknown theme and lists the known ones', () => {
    expect(problems(edit('pratiques/pratique-test.md', 'themes: [gouvernance]', 'themes:\n  - gouvernance\n  - cuisine'))).toEqual([
      'pratiques/pratique-test.md:9: themes[1] — « cuisine » n\'est pas un thème connu (thèmes possibles : isolement-social, gouvernance)',
    ]);
  });

  test('rejects a misspelt key and suggests the right one', () => {
    const [line] = problems(edit('acteurs/asso-test.md', 'type: association_locale', 'type: association_locale\ncontac:\n  site: https://exemple.fr'));
    expect(line).toMatch(/^acteurs\/asso-test\.md:5: contac — le champ « contac » n'existe pas ici ; vouliez-vous dire « contact » \?/);
  });

  test('reports a missing required field on the first line', () => {
    expect(problems(edit('acteurs/asso-test.md', 'titre: Association de test\n', ''))).toEqual(['acteurs/asso-test.md:1: titre — champ obligatoire manquant']);
  });

  test('bounds the summary and refuses markup in it', () => {
    expect(problems(edit('acteurs/asso-test.md', /resume: .*/.exec(VALID['acteurs/asso-test.md']!)![0], 'resume: Trop court'))[0]).toContain(
      'acteurs/asso-test.md:3: resume — texte trop court : au moins 30 caractères',
    );
    expect(problems(edit('acteurs/asso-test.md', 'resume: Une', 'resume: <b>Une</b>'))[0]).toContain('resume — texte simple attendu');
    expect(problems(edit('acteurs/asso-test.md', 'resume: Une', `resume: ${'x'.repeat(280)} Une`))[0]).toContain('texte trop long');
  });

  test('checks département and région codes against the official list, accepting unquoted numbers', () => {
    expect(problems(edit('acteurs/asso-test.md', 'departements: ["22"]', 'departements: [22, "2a", 974]'))).toEqual([]);
    expect(problems(edit('acteurs/asso-test.md', 'departements: ["22"]', 'departements: ["22", "99"]'))).toEqual([
      'acteurs/asso-test.md:6: departements[1] — « 99 » n\'est pas un code de département (exemples : "22", "2A", "974")',
    ]);
    expect(problems(edit('acteurs/asso-test.md', 'departements: ["22"]', 'regions: ["53", "99"]'))[0]).toContain('regions[1] — « 99 » n\'est pas un code de région');
  });

  test('refuses an update date before the publication date', () => {
    expect(problems(edit('acteurs/asso-test.md', 'publie_le: 2026-01-10', 'publie_le: 2026-01-10\nmis_a_jour_le: 2025-12-31'))).toEqual([
      'acteurs/asso-test.md:8: mis_a_jour_le — la date de mise à jour est avant la date de publication',
    ]);
    expect(problems(edit('acteurs/asso-test.md', 'publie_le: 2026-01-10', 'publie_le: 2026-02-30'))[0]).toContain('cette date n’existe pas');
  });

  test('reports every broken reference with a suggestion', () => {
    const lines = problems({
      ...edit('cooperations/coop-test.md', 'porteurs: [asso-test]', 'porteurs: [asso-tset]'),
      ...edit('pratiques/pratique-test.md', 'cooperations: [coop-test]', 'cooperations: [inconnue]'),
    });
    expect(lines).toEqual([
      'cooperations/coop-test.md:8: porteurs[0] — « asso-tset » ne correspond à aucune fiche acteurs (fichier content/acteurs/asso-tset.md introuvable) ; vouliez-vous dire « asso-test » ?',
      'pratiques/pratique-test.md:5: cooperations[0] — « inconnue » ne correspond à aucune fiche coopérations (fichier content/cooperations/inconnue.md introuvable)',
    ]);
  });

  test('still checks the references of a file that has other errors', () => {
    const lines = problems({
      'cooperations/coop-test.md': VALID['cooperations/coop-test.md']!.replace('porteurs: [asso-test]', 'porteurs: [absent]').replace('statut: lancee', 'statut: inconnu'),
    });
    expect(lines.some((l) => l.includes('« absent » ne correspond à aucune fiche'))).toBe(true);
    expect(lines.some((l) => l.includes('statut'))).toBe(true);
  });

  test('reports YAML syntax errors with their line', () => {
    const [line] = problems(edit('acteurs/asso-test.md', 'type: association_locale', 'type: association_locale\nthemes: [oups'));
    expect(line).toMatch(/^acteurs\/asso-test\.md:\d+: /);
    expect(problems(edit('acteurs/asso-test.md', 'type: association_locale', 'type: association_locale\ntype: reseau'))[0]).toContain('acteurs/asso-test.md:5: le champ « type » est écrit deux fois : gardez-en un seul (colonne 1)');
  });

  test('reports a file without a header', () => {
    expect(problems({ 'acteurs/sans-entete.md': 'Juste du texte.\n' })).toEqual([
      'acteurs/sans-entete.md:1: la fiche doit commencer par une ligne « --- », puis les champs (titre, resume…), puis une autre ligne « --- »',
    ]);
  });

  test('reports duplicate ids and bad file names', () => {
    expect(problems({ 'acteurs/asso-test.mdx': VALID['acteurs/asso-test.md']! })[0]).toContain('acteurs/asso-test.mdx:1: les fichiers .mdx ne sont pas acceptés');
    expect(problems({ 'acteurs/Mon Asso.md': VALID['acteurs/asso-test.md']! })[0]).toContain('nom de fichier invalide');
  });

  test('checks coordinates are [longitude, latitude] in France', () => {
    expect(problems(edit('cooperations/coop-test.md', 'coordonnees: [-2.76, 48.51]', 'coordonnees: [48.51, -2.76]'))[0]).toContain(
      'lieu.coordonnees — la longitude et la latitude sont inversées : écrivez [-2.76, 48.51]',
    );
    expect(problems(edit('evenements/evenement-test.md', 'departement: "42"', 'departement: "42"\n  coordonnees: [4.68, 45.42]'))).toEqual([]);
  });

  test('accepts only http(s) addresses and role email addresses', () => {
    expect(problems(edit('acteurs/asso-test.md', 'type: association_locale', 'type: association_locale\ncontact:\n  site: javascript:alert(1)'))[0]).toContain('contact.site — adresse web invalide');
    expect(problems(edit('cooperations/coop-test.md', 'contact@exemple.fr', 'pas-une-adresse'))[0]).toContain('contact.email — adresse électronique invalide');
    expect(problems(edit('cooperations/coop-test.md', 'contact@exemple.fr', 'jean.dupont@gmail.com'))[0]).toContain('n’indiquez pas une adresse personnelle');
  });

  test('checks that a commune exists and lies in the record’s départements', () => {
    expect(problems(edit('cooperations/coop-test.md', 'code_insee: "22278"', 'code_insee: "22000"'))[0]).toContain('« 22000 » est un code postal (Saint-Brieuc), pas le code INSEE de la commune : le code INSEE de Saint-Brieuc est "22278"');
    expect(problems(edit('cooperations/coop-test.md', 'commune: Saint-Brieuc\n  code_insee: "22278"', 'commune: Bordeaux\n  code_insee: "33063"'))[0]).toContain('la commune Bordeaux est dans le département « 33 »');
    expect(problems(edit('evenements/evenement-test.md', 'departement: "42"', 'departement: "43"'))[0]).toContain('la commune Pélussin (42168) est dans le département « 42 »');
  });

  test('requires consent, a medium for audio and a non-empty testimony', () => {
    expect(problems(edit('temoignages/temoignage-test.md', 'consentement_publication: true', 'consentement_publication: false'))[0]).toContain(
      'consentement_publication — écrivez consentement_publication: true',
    );
    expect(problems(edit('temoignages/temoignage-test.md', 'format: ecrit', 'format: audio'))[0]).toContain('media — un témoignage audio ou vidéo doit indiquer son média');
    expect(problems(edit('temoignages/temoignage-test.md', 'Ce que dit la personne.', ''))[0]).toContain('le témoignage est vide');
  });

  test('checks event times, offsets and place', () => {
    expect(problems(edit('evenements/evenement-test.md', 'fin: 2027-03-04T17:00:00+01:00', 'fin: 2027-03-04T08:00:00+01:00'))[0]).toContain('fin — la fin doit être après le début');
    expect(problems(edit('evenements/evenement-test.md', 'debut: 2027-03-04T09:30:00+01:00', 'debut: "2027-03-04T09:30:00"'))[0]).toContain('debut — une date et heure s’écrit');
    expect(problems(edit('evenements/evenement-test.md', 'organisateurs:', 'en_ligne: true\norganisateurs:'))[0]).toContain('choisissez un seul de');
    const noPlace = VALID['evenements/evenement-test.md']!.replace(/lieu:\n( {2}.*\n)+/, '');
    expect(problems({ 'evenements/evenement-test.md': noPlace })[0]).toContain('lieu — indiquez le lieu, ou en_ligne: true');
    expect(problems(edit('evenements/evenement-test.md', 'organisateurs: [asso-test]', 'organisateurs: []'))[0]).toContain('indiquez au moins un organisateur');
  });

  test('accepts all-day events written as dates', () => {
    const allDay = VALID['evenements/evenement-test.md']!.replace('2027-03-04T09:30:00+01:00', '2027-03-04').replace('2027-03-04T17:00:00+01:00', '2027-03-05');
    expect(problems({ 'evenements/evenement-test.md': allDay })).toEqual([]);
  });

  test('checks the data files', () => {
    expect(problems({ 'themes.yaml': `${VALID['themes.yaml']}- id: gouvernance\n  titre: Doublon\n  description: Encore.\n` })[0]).toContain('themes.yaml:7: [2].id — le thème « gouvernance » est déjà défini plus haut');
    expect(problems({ 'chiffres.yaml': VALID['chiffres.yaml']!.replace('cooperations_lancees', 'cooperations') })[0]).toMatch(/^chiffres\.yaml:2: \[0\]\.indicateur — « cooperations » n'est pas une valeur possible/);
  });

  test('lists every problem of every file in one run', () => {
    const lines = problems({
      ...edit('acteurs/asso-test.md', 'type: association_locale', 'type: club'),
      ...edit('pratiques/pratique-test.md', 'etape: structurer', 'etape: finir'),
      'evenements/sans-entete.md': 'rien',
    });
    expect(lines.map((l) => l.split(':')[0])).toEqual(['acteurs/asso-test.md', 'evenements/sans-entete.md', 'pratiques/pratique-test.md']);
  });

  test('refuses template placeholders left in a record', () => {
    expect(problems(edit('acteurs/asso-test.md', 'Texte de l’acteur.', 'À REMPLIR — ce que fait la structure'))).toEqual([
      'acteurs/asso-test.md:10: remplacez le texte « À REMPLIR » par le vrai contenu',
    ]);
  });
});

describe('validateContent, around the records', () => {
  test('names a missing data file and what it holds; the records then know no theme', () => {
    const lines = problems({ 'themes.yaml': null, 'chiffres.yaml': null });
    expect(lines.filter((l) => !l.includes('n\'est pas un thème connu (thèmes possibles : )'))).toEqual([
      'chiffres.yaml:1: fichier manquant : les chiffres clés (content/chiffres.yaml)',
      'themes.yaml:1: fichier manquant : la liste des thèmes (content/themes.yaml)',
    ]);
    expect(lines).toHaveLength(8);
  });

  test('reports the YAML and the fields of a data file at their line', () => {
    expect(problems({ 'themes.yaml': '- id: a\n  titre: A\n  description: [x\n' }).filter((l) => l.startsWith('themes.yaml'))).toEqual([
      'themes.yaml:4: une liste entre crochets n’est pas fermée : ajoutez « ] » à la fin de la ligne (colonne 1)',
    ]);
    expect(problems({ 'chiffres.yaml': `${VALID['chiffres.yaml']}- date: 2017-01\n  indicateur: cooperations_lancees\n  valeur: 34\n  source: Bilan\n  fiche: absente\n` })).toEqual([
      'chiffres.yaml:9: [1].fiche — « absente » ne correspond à aucune fiche',
    ]);
    expect(problems({ 'chiffres.yaml': `${VALID['chiffres.yaml']}- date: 2017-01\n  indicateur: cooperations_lancees\n  valeur: 34\n  source: Bilan\n  fiche: asso-test\n` })).toEqual([]);
  });

  test('reports a record that cannot be read and still checks the others, counting every record file', () => {
    const dir = makeContent();
    writeFileSync(path.join(dir, 'acteurs/latin.md'), Buffer.from('---\ntitre: Soirée\n---\n', 'latin1'));
    writeFileSync(path.join(dir, 'chiffres.yaml'), Buffer.from(VALID['chiffres.yaml']!, 'latin1'));
    const result = validateContent(dir, { cwd: dir });
    const latin1 = ':1: le fichier n’est pas enregistré en UTF-8 (des accents seraient mal lus) : dans votre éditeur, choisissez « Enregistrer avec l’encodage UTF-8 »';
    expect(result.problems.map(formatProblem)).toEqual([`acteurs/latin.md${latin1}`, `chiffres.yaml${latin1}`]);
    expect(result.files).toBe(Object.keys(VALID).filter((name) => name.endsWith('.md')).length + 1);
    expect(result.records.map((r) => r.file).sort()).toEqual(Object.keys(VALID).filter((name) => name.endsWith('.md')).sort());
    expect(result.chiffres).toEqual([]);
    expect(result.themes).toHaveLength(2);
  });

  test('shows paths from the working folder, or whole when the content lies outside it', () => {
    const dir = makeContent(edit('acteurs/asso-test.md', 'type: association_locale', 'type: club'));
    const inside = validateContent(dir, { cwd: path.dirname(dir) });
    expect(inside.problems[0]?.file).toBe(`${path.basename(dir)}/acteurs/asso-test.md`);
    expect(inside.records[0]?.file).toMatch(new RegExp(`^${path.basename(dir)}/[a-z]+/[a-z-]+\\.md$`));
    const outside = validateContent(dir, { cwd: path.join(dir, 'cooperations') });
    expect(outside.problems[0]?.file).toBe(path.join(dir, 'acteurs/asso-test.md'));
    // By default, from the folder the command runs in: the temporary folder lies outside the project.
    expect(validateContent(dir).problems[0]?.file).toBe(path.join(dir, 'acteurs/asso-test.md'));
  });

  test('sorts problems by file, then by line', () => {
    const lines = problems({
      ...edit('temoignages/temoignage-test.md', 'format: ecrit', 'format: fax'),
      'acteurs/asso-test.md': VALID['acteurs/asso-test.md']!.replace('type: association_locale', 'type: club').replace('departements: ["22"]', 'departements: ["99"]'),
    });
    expect(lines.map((l) => l.split(' ')[0])).toEqual(['acteurs/asso-test.md:4:', 'acteurs/asso-test.md:6:', 'temoignages/temoignage-test.md:4:']);
  });

  test('a draft refused by the schema is still a draft for the records that point at it', () => {
    const draft = VALID['acteurs/asso-test.md']!.replace('type: association_locale', 'type: club\nbrouillon: true');
    const lines = problems({ 'acteurs/asso-test.md': draft });
    expect(lines.filter((l) => l.includes('« asso-test » est un brouillon')).map((l) => l.split(' ')[0])).toEqual([
      'cooperations/coop-test.md:8:',
      'evenements/evenement-test.md:11:',
      'pratiques/pratique-test.md:6:',
      'temoignages/temoignage-test.md:8:',
    ]);
  });

  test('without data files, no themes and no figures; a data file over 1 Mo is refused', () => {
    const dir = makeContent({ 'themes.yaml': null, 'chiffres.yaml': `# ${'x'.repeat(1024 * 1024)}\n` });
    const result = validateContent(dir, { cwd: dir });
    expect(result.themes).toEqual([]);
    expect(result.chiffres).toEqual([]);
    expect(result.problems.map(formatProblem)).toContain('chiffres.yaml:1: fichier trop gros (1025 Ko) : une fiche fait au plus 1 Mo ; raccourcissez le texte ou découpez-le en plusieurs fiches');
  });
});
