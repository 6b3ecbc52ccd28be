// The pull request's French title and description, and the commit message.
import { parseDocument } from 'yaml';
import { DESCRIPTORS } from '../../src/schemas/index.ts';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import type { Proposal } from './proposal.ts';

/** Text from the form shown as text: no Markdown, no @mention that would notify someone, one line. */
export function plain(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_{}[\]()<>#+!|~]/g, (c) => `\\${c}`)
    .replace(/@/g, '@\u200b')
    .trim();
}

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
    `- **Fiche** : ${plain(titre)} (\`${path}\`)`,
    `- **Nature** : ${before === undefined ? `nouvelle fiche : ${label.un}` : 'modification d’une fiche publiée'}`,
  ];
  if (before !== undefined) {
    const changed = changedFields(before, p.text);
    lines.push(`- **Ce qui change** : ${changed.length ? changed.map((c) => `\`${c}\``).join(', ') : 'mise en forme seulement'}`);
  }
  const name = p.proposer?.name?.trim();
  lines.push(`- **Proposée par** : ${name ? plain(name) : 'la personne n’a pas donné son nom'}`);
  // Contact details are for the team's follow-up, and only when the person agreed to it.
  const contact = p.proposer?.contact?.trim();
  // In a code span: shown as typed, and an address never becomes an @mention.
  if (contact && p.proposer?.consent) lines.push(`- **Contact pour le suivi** (donné avec l’accord de la personne, à ne pas recopier dans la fiche) : \`${contact.replace(/[`\r\n]/g, ' ')}\``);
  if (p.note?.trim()) lines.push('', '**Message de la personne** :', '', `> ${plain(p.note)}`);
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
    title: `${what} : ${titre}`,
    body: lines.join('\n'),
    commitMessage: `${before === undefined ? 'Ajoute' : 'Modifie'} ${path} (proposition du formulaire)`,
  };
}
