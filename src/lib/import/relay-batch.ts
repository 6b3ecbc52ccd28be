// The import page's side of the relay's batch (/propositions/lot): what it sends, and what the
// answer means for the person. The proposer's fields and their promises are the form's
// (relay-client.ts, relay-privacy.ts).
import { relayOutcome, type Proposer, type RelayOutcome } from '../contribution/relay-client.ts';

export interface BatchRecord {
  slug: string;
  text: string;
  edit: boolean;
}

export interface BatchPayload {
  collection: string;
  fiches: BatchRecord[];
  proposer?: { name?: string; contact?: string; consent: boolean };
  note?: string;
  website: string;
  altcha: string;
}

/** What goes to the relay: empty answers left out, the contact only with the consent box. */
export function batchPayload(collection: string, fiches: BatchRecord[], who: Proposer, altcha: string): BatchPayload {
  const name = who.name.trim();
  const contact = who.consent ? who.contact.trim() : '';
  const note = who.note.trim();
  return {
    collection,
    fiches,
    ...(name || contact
      ? { proposer: { ...(name ? { name } : {}), ...(contact ? { contact } : {}), consent: who.consent && contact !== '' } }
      : {}),
    ...(note ? { note } : {}),
    website: who.website,
    altcha,
  };
}

interface BatchAnswer {
  problems?: Array<{ fiche?: unknown; field?: unknown; message?: unknown }>;
}

/** The relay's answer, each problem named by its record (« fiche maison-fictive, titre : … »). */
export function batchOutcome(status: number | undefined, body: unknown): RelayOutcome {
  const answer = (body && typeof body === 'object' ? body : {}) as BatchAnswer & Record<string, unknown>;
  const problems = (answer.problems ?? []).map((p) => ({
    ...p,
    field:
      [typeof p.fiche === 'string' ? `fiche ${p.fiche}` : '', typeof p.field === 'string' ? p.field : ''].filter(Boolean).join(', ') ||
      undefined,
  }));
  return relayOutcome(status, { ...answer, problems });
}

/** Sends the batch; never throws: a network failure is an outcome too. */
export async function sendBatch(relayUrl: string, payload: BatchPayload, fetchImpl: typeof fetch = fetch): Promise<RelayOutcome> {
  let response: Response;
  try {
    response = await fetchImpl(`${relayUrl.replace(/\/+$/, '')}/propositions/lot`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(payload),
      credentials: 'omit',
    });
  } catch {
    return batchOutcome(undefined, undefined);
  }
  return batchOutcome(response.status, await response.json().catch(() => undefined));
}
