// The pull request's French title and description, and the commit message. All three are public:
// nothing the person said about themselves goes here (see contact-text.ts), and the text taken
// from the record is made inert (inert.ts).
import { parseDocument } from 'yaml';
import { DESCRIPTORS } from '../../src/schemas/index.ts';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { inert, inertTitle } from './inert.ts';
import type { Proposal } from './proposal.ts';

function fields(text: string): Record<string, unknown> {
  const split = splitFrontmatter(text);
  if (!split.ok) return {};
  const data: unknown = parseDocument(split.value.yaml).toJS();
  return data && typeof data === 'object' ? { ...(data as Record<string, unknown>), '(texte)': split.value.body.trim() } : {};
}

/** The fields whose value differs between two versions of a record file. */
export function changedFields(before: string, after: string): string[] {
  const a = fields(before);
  const b = fields(after);
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

export function titleOf(text: string, fallback: string): string {
  const t = fields(text).titre;
  return typeof t === 'string' && t.trim() ? t.trim().replace(/\s+/g, ' ').slice(0, 120) : fallback;
}

export interface PullRequestText {
  title: string;
  body: string;
  commitMessage: string;
}

export function pullRequestText(p: Proposal, path: string, before: string | undefined): PullRequestText {
  const label = DESCRIPTORS[p.collection];
  const titre = titleOf(p.text, p.slug);
  const what = before === undefined ? `Nouvelle fiche (${label.type.toLowerCase()})` : 'Modification';
  const lines = [
    'Proposition envoyée depuis le formulaire du site, par le relais des propositions.',
    '',
    `- **Fiche** : ${inert(titre)} (\`${path}\`)`,
    `- **Nature** : ${before === undefined ? `nouvelle fiche : ${label.un}` : 'modification d’une fiche publiée'}`,
  ];
  if (before !== undefined) {
    // Field names in code spans: GitHub finds no mention, reference or link there.
    const changed = changedFields(before, p.text);
    lines.push(
      `- **Ce qui change** : ${changed.length ? changed.map((c) => `\`${c.replace(/[`\s]+/g, ' ')}\``).join(', ') : 'mise en forme seulement'}`,
    );
  }
  // The person's name, contact and message went to the private contact repository, if anywhere.
  lines.push(
    '- **Qui propose** : ce que la personne a dit d’elle-même n’est pas ici (cette page est publique) ; l’équipe le trouve dans son dépôt de suivi privé.',
  );
  lines.push(
    '',
    '### Vérification',
    '',
    'Le relais a vérifié la fiche avec les mêmes règles que `npm run validate` (mêmes schémas, mêmes références aux autres fiches) : aucun problème trouvé. Les vérifications automatiques du dépôt la contrôlent de nouveau sur cette demande.',
    '',
    '### Avant de fusionner',
    '',
    '- Relire les faits avec leurs sources, et l’accord des personnes nommées.',
    '- Corriger ce qui doit l’être directement sur cette branche.',
  );
  return {
    title: inertTitle(`${what} : ${titre}`),
    body: lines.join('\n'),
    commitMessage: `${before === undefined ? 'Ajoute' : 'Modifie'} ${path} (proposition du formulaire)`,
  };
}
