// The one helper that fakes content: a small valid corpus in a temporary folder,
// with any file replaced, added or removed.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { COLLECTIONS } from '../../src/schemas/collections.ts';

export const VALID: Record<string, string> = {
  'themes.yaml': `- id: isolement-social
  titre: Isolement social
  description: Comprendre et faire reculer l’isolement.
- id: gouvernance
  titre: Gouvernance
  description: Qui porte, qui décide.
`,
  'chiffres.yaml': `- date: 2016-10
  indicateur: cooperations_lancees
  valeur: 33
  source: Séance plénière
`,
  'acteurs/asso-test.md': `---
titre: Association de test
resume: Une association locale imaginaire qui sert seulement aux tests automatiques du site.
type: association_locale
themes: [isolement-social]
departements: ["22"]
publie_le: 2026-01-10
---

Texte de l’acteur.
`,
  'cooperations/coop-test.md': `---
titre: Coopération de test
resume: Une coopération départementale imaginaire qui sert seulement aux tests automatiques du site.
echelle: departementale
statut: lancee
themes: [isolement-social, gouvernance]
departements: ["22"]
porteurs: [asso-test]
lieu:
  commune: Saint-Brieuc
  code_insee: "22278"
  coordonnees: [-2.76, 48.51]
contact:
  email: contact@exemple.fr
publie_le: 2026-01-10
---

Texte de la coopération.
`,
  'temoignages/temoignage-test.md': `---
titre: Témoignage de test
resume: Un témoignage imaginaire qui sert seulement aux tests automatiques du site, sans personne réelle.
format: ecrit
personnes:
  - nom: Personne Imaginaire
    role: animatrice
    structure: asso-test
cooperation: coop-test
consentement_publication: true
themes: [gouvernance]
publie_le: 2026-01-10
---

Ce que dit la personne.
`,
  'pratiques/pratique-test.md': `---
titre: Pratique de test
resume: Une pratique imaginaire qui sert seulement aux tests automatiques du site, étape par étape.
etape: structurer
cooperations: [coop-test]
acteurs: [asso-test]
themes: [gouvernance]
publie_le: 2026-01-10
---

Comment faire.
`,
  'evenements/evenement-test.md': `---
titre: Événement de test
resume: Un événement imaginaire qui sert seulement aux tests automatiques du site, à Pélussin.
type: journee_exploration
debut: 2027-03-04T09:30:00+01:00
fin: 2027-03-04T17:00:00+01:00
lieu:
  commune: Pélussin
  code_insee: "42168"
  departement: "42"
organisateurs: [asso-test]
themes: [gouvernance]
departements: ["42"]
publie_le: 2026-01-10
---

Programme.
`,
};

const made: string[] = [];

/** Writes the valid corpus, with `changes` applied (a null value deletes the file). */
export function makeContent(changes: Record<string, string | null> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'coop-content-'));
  made.push(dir);
  const files = { ...VALID, ...changes };
  for (const [name, text] of Object.entries(files)) {
    if (text === null) continue;
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  for (const c of COLLECTIONS) mkdirSync(path.join(dir, c), { recursive: true });
  return dir;
}

/** Replaces one line of a valid file: `edit('cooperations/coop-test.md', 'statut: lancee', 'statut: finie')`. */
export function edit(name: string, from: string, to: string): Record<string, string> {
  const text = VALID[name];
  if (!text?.includes(from)) throw new Error(`${name} does not contain ${from}`);
  return { [name]: text.replace(from, to) };
}

export function cleanContent(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
