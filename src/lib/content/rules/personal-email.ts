// Contact addresses are published: only a structure's or a function's address,
// never a personal mailbox. The consumer domains come from a maintained list
// (the npm package email-providers, ~8,700 domains including orange.fr, free.fr,
// laposte.net, wanadoo.fr, sfr.fr…), compared case-insensitively and after
// converting an internationalised domain to its ASCII form.
import { domainToASCII } from 'node:url';
import providers from 'email-providers/all.json' with { type: 'json' };
import { lineOf } from '../positions.ts';
import { fieldPath, type Problem, type Segment } from '../problem.ts';
import type { RecordRule } from './types.ts';

const CONSUMER = new Set<string>(providers);

/** True for an address at a consumer mail provider (gmail.com, orange.fr…). */
export function isPersonalMailbox(address: string): boolean {
  const domain = address.slice(address.lastIndexOf('@') + 1).trim().toLowerCase().replace(/\.$/, '');
  return CONSUMER.has(domain) || CONSUMER.has(domainToASCII(domain));
}

function emails(value: unknown, at: Segment[] = []): Array<{ path: Segment[]; address: string }> {
  if (Array.isArray(value)) return value.flatMap((v, i) => emails(v, [...at, i]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => (k === 'email' && typeof v === 'string' ? [{ path: [...at, k], address: v }] : emails(v, [...at, k])));
  }
  return [];
}

export const personalEmail: RecordRule = (record) =>
  emails(record.data)
    .filter((e) => isPersonalMailbox(e.address))
    .map(
      (e): Problem => ({
        file: record.file,
        line: lineOf(record.at, e.path),
        field: fieldPath(e.path),
        message: `« ${e.address} » est une adresse personnelle (messagerie grand public) : indiquez l’adresse de la structure ou d’une fonction (contact@…, accueil@…), qui restera valable si la personne s’en va`,
      }),
    );
