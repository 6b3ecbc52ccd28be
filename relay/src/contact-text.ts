// What the person said about themselves (name, contact for follow-up, message), for the team
// only: an issue of the PRIVATE contact repository (CONTACT_REPOSITORY), never the public pull
// request, the record or its commit. The contact goes only with the person's consent. Written
// inert too: a private issue can still notify someone named in it.
import { inert, inertTitle } from './inert.ts';
import type { Proposal } from './proposal.ts';

export interface ContactIssue {
  title: string;
  body: string;
}

/** In a code span, as typed (GitHub looks for no mention, link or entity there); copyable as is. */
const codeSpan = (text: string) => `\` ${text.replace(/[`\s]+/g, ' ').trim()} \``;

/** The issue for the team, or undefined when the person left nothing to pass on. */
export function contactIssueText(
  p: Pick<Proposal, 'proposer' | 'note'>,
  pullRequest: { url: string; number: number; title: string },
): ContactIssue | undefined {
  const name = p.proposer?.name?.trim();
  const contact = p.proposer?.consent ? p.proposer.contact?.trim() : undefined;
  const note = p.note?.trim();
  if (!name && !contact && !note) return undefined;
  const lines = [
    `Suivi de la demande de publication n° ${pullRequest.number} : ${pullRequest.url}`,
    '',
    `- **Nom** : ${name ? inert(name) : 'non donné'}`,
    `- **Contact pour le suivi** : ${contact ? `${codeSpan(contact)} (donné avec l’accord de la personne, pour la recontacter à propos de cet envoi seulement)` : 'non donné'}`,
  ];
  if (note) lines.push('', '**Message de la personne** :', '', `> ${inert(note)}`);
  lines.push(
    '',
    'Ces informations ne doivent être recopiées ni dans la demande de publication (publique), ni dans la fiche. Fermez ce ticket une fois le suivi fait.',
  );
  return { title: inertTitle(`Suivi de la proposition n° ${pullRequest.number} : ${pullRequest.title}`), body: lines.join('\n') };
}
