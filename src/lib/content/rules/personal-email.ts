// Contact addresses are published: only a structure's or a function's address,
// never a personal mailbox. The consumer domains come from a maintained list
// (the npm package email-providers, ~8,700 domains including orange.fr, free.fr,
// laposte.net, wanadoo.fr, sfr.fr…), compared case-insensitively and after
// converting an internationalised domain to its ASCII form.
import providers from 'email-providers/all.json' with { type: 'json' };
import { lineOf } from '../positions.ts';
import { fieldPath, type Problem, type Segment } from '../problem.ts';
import type { RecordRule } from './types.ts';

const CONSUMER = new Set<string>(providers);

/**
 * True for an address at a consumer mail provider (gmail.com, orange.fr…). Read as
 * `http://nom@domaine`, an address has its domain as the host, which the WHATWG URL parser
 * (the one Node and Workers share) gives as a browser would: in lower case, and an
 * internationalised name in its ASCII (punycode) form, as the list writes it.
 */
export function isPersonalMailbox(address: string): boolean {
  try {
    return CONSUMER.has(new URL(`http://${address}`).hostname);
  } catch {
    // Not even a host name: no provider to recognise (the schema has refused the address).
    return false;
  }
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
