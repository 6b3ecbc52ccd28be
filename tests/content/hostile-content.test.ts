// Every adversarial record of tests/fixtures/hostile-content is refused in ONE run of
// `npm run validate`, each at its file and line with a French message that says what
// to do; the good edge cases of the same folder pass; no stack trace is printed.
// Links, an oversized file and a link to a template cannot live in git as they are:
// they are added to a copy of the folder.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { fixture, ROOT } from '../helpers/build.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'coop-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
cpSync(fixture('hostile-content'), dir, { recursive: true });
symlinkSync('_template.md', path.join(dir, 'acteurs/lien-vers-modele.md'));
symlinkSync('/etc/hostname', path.join(dir, 'cooperations/lien-hors-contenu.md'));
symlinkSync('../acteurs', path.join(dir, 'temoignages/lien-dossier'));
symlinkSync('acteurs', path.join(dir, 'pratiques-lien'));
writeFileSync(path.join(dir, 'acteurs/trop-gros.md'), `---\ntitre: Trop gros\n---\n\n${'Un texte répété. '.repeat(20_000)}\n`);

function validate(...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/validate.ts'), ...args], { cwd: dir, env: { ...process.env, CONTENT_DIR: dir }, encoding: 'utf8' });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

/** [file, line, a part of the message]: every one must be reported. */
const EXPECTED: Array<[string, number, string]> = [
  // YAML: anchors and aliases refused before they expand, errors at their own line.
  ['acteurs/bombe-alias.md', 3, 'l’ancre « &a » n’est pas permise (8 en tout dans l’en-tête) : écrivez chaque valeur en entier'],
  ['acteurs/bombe-alias.md', 4, 'la référence « *a » n’est pas permise (72 en tout dans l’en-tête) : recopiez la valeur elle-même'],
  ['acteurs/ancre-discrete.md', 10, 'l’ancre « &s » n’est pas permise'],
  ['acteurs/ancre-discrete.md', 11, 'la référence « *s » n’est pas permise'],
  ['acteurs/tabulation.md', 9, 'une tabulation sert de retrait : remplacez-la par des espaces'],
  ['acteurs/guillemet-ouvert.md', 2, 'un guillemet ouvert ici n’est jamais refermé'],
  ['acteurs/deux-points.md', 3, 'un texte qui contient « : » (deux-points suivi d’une espace) doit être entre guillemets'],
  ['acteurs/champ-en-double.md', 8, 'le champ « titre » est écrit deux fois : gardez-en un seul'],
  ['acteurs/etiquette-yaml.md', 8, 'l’étiquette « !!js/function » n’est pas permise'],
  ['acteurs/liste-non-fermee.md', 8, 'une liste entre crochets n’est pas fermée'],
  ['acteurs/entete-liste.md', 2, 'l’en-tête doit être une suite de lignes « champ: valeur »'],
  ['acteurs/sans-entete.md', 1, 'la fiche doit commencer par une ligne « --- »'],
  ['acteurs/entete-non-ferme.md', 4, 'l’en-tête n’est pas fermé'],
  // A Markdown separator further down does not close it: the text of the record is not a field.
  ['acteurs/entete-non-ferme-separateur.md', 5, 'l’en-tête n’est pas fermé : ajoutez une ligne « --- » après le dernier champ (ligne 3), avant le texte de la fiche'],
  // Only records are content.
  ['acteurs/FICHE-MAJUSCULES.MD', 1, 'ce fichier n’est pas une fiche : une fiche est un fichier texte dont le nom finit par « .md » en minuscules ; renommez-le, par exemple « fiche-majuscules.md »'],
  ['acteurs/fiche.markdown', 1, 'renommez-le, par exemple « fiche.md »'],
  ['acteurs/notes.txt', 1, 'ce fichier n’est pas une fiche'],
  ['acteurs/sous-dossier', 1, 'sous-dossier non permis'],
  ['fiche-a-la-racine.md', 1, 'fichier inattendu à la racine du contenu'],
  ['brouillons', 1, 'dossier inconnu : les fiches vont dans l’un des dossiers cooperations, acteurs'],
  ['acteurs/Nom Invalide.md', 1, 'nom de fichier invalide : utilisez des minuscules sans accents'],
  ['acteurs/latin-1.md', 1, 'le fichier n’est pas enregistré en UTF-8'],
  ['acteurs/utf-16.md', 1, 'le fichier n’est pas enregistré en UTF-8'],
  ['acteurs/lien-vers-modele.md', 1, 'ce fichier est un lien symbolique : un lien n’est jamais suivi'],
  ['cooperations/lien-hors-contenu.md', 1, 'ce fichier est un lien symbolique'],
  ['temoignages/lien-dossier', 1, 'ce fichier est un lien symbolique'],
  ['pratiques-lien', 1, 'ce fichier est un lien symbolique'],
  ['acteurs/trop-gros.md', 1, 'fichier trop gros (391 Ko) : une fiche fait au plus 256 Ko'],
  // MDX is refused, whatever it hides (escaped backticks, odd code fences, JSX handlers).
  ['pratiques/esm.mdx', 1, 'les fichiers .mdx ne sont pas acceptés : ils peuvent exécuter du code lors de la construction du site, et une fiche n’en a pas besoin ; renommez le fichier en « esm.md »'],
  ['pratiques/expression-cachee.mdx', 1, 'les fichiers .mdx ne sont pas acceptés'],
  ['pratiques/bloc-de-code-trompeur.mdx', 1, 'les fichiers .mdx ne sont pas acceptés'],
  ['pratiques/_modele-piege.mdx', 1, 'les fichiers .mdx ne sont pas acceptés'],
  // Dates and times.
  ['evenements/trente-fevrier.md', 5, 'debut — cette date et heure n’existe pas dans le calendrier'],
  ['evenements/trente-fevrier.md', 6, 'fin — cette date et heure n’existe pas dans le calendrier'],
  ['evenements/trente-et-un-avril.md', 5, 'debut — cette date n’existe pas dans le calendrier'],
  ['evenements/vingt-cinq-heures.md', 6, 'fin — cette date et heure n’existe pas dans le calendrier'],
  ['evenements/decalage-ete.md', 5, 'debut — le décalage horaire « +01:00 » ne correspond pas ce jour-là à l’heure de Paris, qui est « +02:00 » : écrivez l’heure suivie de son décalage, par exemple 2027-07-08T09:30:00+02:00'],
  ['evenements/decalage-utc.md', 5, 'debut — le décalage horaire « Z » ne correspond pas ce jour-là à l’heure de Paris, qui est « +01:00 »'],
  ['evenements/decalage-la-reunion.md', 5, 'debut — le décalage horaire « +03:00 » ne correspond pas ce jour-là à l’heure de Paris (« +01:00 ») ni à l’heure de La Réunion (« +04:00 »)'],
  ['evenements/sans-decalage.md', 5, 'debut — une date et heure s’écrit AAAA-MM-JJTHH:MM:SS+01:00'],
  ['evenements/fin-avant-debut.md', 6, 'fin — la fin doit être après le début'],
  ['evenements/mauvais-departement.md', 10, 'lieu.departement — la commune Pélussin (42168) est dans le département « 42 », pas « 43 »'],
  // Places.
  ['cooperations/en-mer.md', 12, 'lieu.coordonnees — ces coordonnées tombent à 60 km du département Côtes-d’Armor (22)'],
  ['cooperations/en-allemagne.md', 12, 'lieu.coordonnees — ces coordonnées tombent à 748 km du département Côtes-d’Armor (22)'],
  ['cooperations/inversees.md', 12, 'lieu.coordonnees — la longitude et la latitude sont inversées : écrivez [-2.76, 48.51]'],
  ['cooperations/autre-departement.md', 12, 'lieu.coordonnees — ces coordonnées tombent à 390 km du département Côtes-d’Armor (22)'],
  ['cooperations/code-postal.md', 11, 'lieu.code_insee — « 22000 » est un code postal (Saint-Brieuc), pas le code INSEE de la commune : le code INSEE de Saint-Brieuc est "22278"'],
  ['cooperations/code-inexistant.md', 11, 'lieu.code_insee — « 22999 » n\'est pas le code INSEE d\'une commune actuelle ; le code INSEE de Saint-Brieuc est "22278"'],
  ['cooperations/mauvais-nom.md', 10, 'lieu.commune — le code INSEE "22278" est celui de Saint-Brieuc, pas de « Lannion » : corrigez le nom ou le code (le code de Lannion est "22113")'],
  ['cooperations/commune-hors-departements.md', 11, 'lieu.code_insee — la commune Bordeaux est dans le département « 33 » (Gironde), qui n\'est pas dans « departements »'],
  // References.
  ['pratiques/cite-un-brouillon.md', 5, 'cooperations[0] — « coop-brouillon » est un brouillon, absent du site publié'],
  ['pratiques/cite-un-inconnu.md', 5, 'cooperations[0] — « coop-tset » ne correspond à aucune fiche coopérations (fichier content/cooperations/coop-tset.md introuvable) ; vouliez-vous dire « coop-test » ?'],
  // Personal mailboxes, any case, French and international providers.
  ['cooperations/gmail.md', 14, 'contact.email — n’indiquez pas une adresse personnelle'],
  ['cooperations/gmail-majuscules.md', 14, 'contact.email — n’indiquez pas une adresse personnelle'],
  ['cooperations/orange.md', 14, 'contact.email — n’indiquez pas une adresse personnelle'],
  ['cooperations/laposte.md', 14, 'contact.email — n’indiquez pas une adresse personnelle'],
  ['cooperations/hotmail-fr.md', 14, 'contact.email — « prenom.nom@hotmail.fr » est une adresse personnelle (messagerie grand public)'],
  // Summary and title.
  ['acteurs/resume-gras.md', 3, 'resume — texte simple attendu : pas de balises HTML ni de mise en forme Markdown'],
  ['acteurs/resume-html.md', 3, 'resume — texte simple attendu'],
  ['acteurs/resume-entite.md', 3, 'resume — le résumé est du texte simple, montré tel quel'],
  ['acteurs/resume-liste.md', 3, 'resume — le résumé est du texte simple, montré tel quel'],
  ['acteurs/titre-multiligne.md', 2, 'titre — le titre tient sur une seule ligne'],
  ['acteurs/titre-tabulation.md', 2, 'titre — le titre contient un caractère invisible'],
  // Images from another host (every reader's browser would ask it).
  ['pratiques/image-distante.md', 13, 'l’image « https://exemple.fr/logo.png » n’est pas un fichier du site'],
  ['pratiques/image-distante.md', 15, 'l’image « //traceur.exemple/p.gif » n’est pas un fichier du site'],
  ['pratiques/image-javascript.md', 11, 'l’image « javascript:alert(1) » n’est pas un fichier du site'],
  ['pratiques/image-javascript.md', 13, 'l’image « data:image/svg+xml;base64,'],
  // Other rules.
  ['acteurs/a-remplir.md', 10, 'remplacez le texte « À REMPLIR » par le vrai contenu'],
  ['acteurs/champ-inconnu.md', 8, 'contac — le champ « contac » n\'existe pas ici ; vouliez-vous dire « contact » ?'],
  ['acteurs/site-javascript.md', 9, 'contact.site — adresse web invalide'],
  ['temoignages/sans-consentement.md', 10, 'consentement_publication — écrivez consentement_publication: true'],
];

describe('npm run validate on hostile content', () => {
  const run = validate();
  const lines = run.out.split('\n');

  test('fails, and never prints a stack trace', () => {
    expect(run.status).toBe(1);
    expect(run.out).not.toMatch(/^\s+at /m);
    expect(run.out).not.toMatch(/Error:|TypeError|Excessive alias/);
  });

  test.each(EXPECTED)('%s:%i is reported', (file, line, message) => {
    // Paths are shown relative to the folder the command runs from.
    const prefix = `${file}:${line}: `;
    const found = lines.filter((l) => l.startsWith(prefix));
    expect(found.some((l) => l.includes(message)), `${prefix}${message}\n— reported for this file:\n${lines.filter((l) => l.startsWith(`${file}:`)).join('\n')}`).toBe(true);
  });

  test('reports every hostile file and nothing else', () => {
    const reported = new Set(lines.map((l) => /^(.+?):\d+: /.exec(l)?.[1]).filter((f): f is string => f !== undefined));
    expect([...reported].sort()).toEqual([...new Set(EXPECTED.map(([f]) => f))].sort());
  });

  test('lets the good edge cases through: CRLF, BOM, emoji, NFD, multi-day, past midnight, IDN, 2A, overseas time', () => {
    expect(lines.filter((l) => /\/bon-[^/]*\.md:/.test(l))).toEqual([]);
  });

  test('writes the same problems as GitHub annotations, with line and column', () => {
    const github = validate('--format=github');
    expect(github.status).toBe(1);
    expect(github.out).toContain(`::error file=acteurs/guillemet-ouvert.md,line=2,col=8::un guillemet ouvert ici n’est jamais refermé`);
    expect(github.out).toContain(`::error file=cooperations/code-postal.md,line=11,title=lieu.code_insee::« 22000 » est un code postal`);
  });
});
