// The form's side of the proposal relay (relay/): what it sends, and what its answer means for
// the contributor. No DOM here; the page's controller is components/contribution/relay-send.ts.

/** The file the form prepared, announced by the form with the `proposal:ready` event. */
export interface PreparedRecord {
  collection: string;
  slug: string;
  /** The whole record file (YAML header and body). */
  text: string;
  /** True when the form edits a record that exists. */
  edit?: boolean;
}

/** The event the proposal form dispatches on `document` when a checked file is ready. */
export const PROPOSAL_READY = 'proposal:ready';

export interface Proposer {
  name: string;
  contact: string;
  consent: boolean;
  note: string;
  /** The honeypot field: empty for people. */
  website: string;
}

export interface RelayPayload {
  collection: string;
  slug: string;
  text: string;
  edit: boolean;
  proposer?: { name?: string; contact?: string; consent: boolean };
  note?: string;
  website: string;
  altcha: string;
}

/** What goes to the relay: empty answers left out, contact details only with the consent box. */
export function relayPayload(record: PreparedRecord, who: Proposer, altcha: string): RelayPayload {
  const name = who.name.trim();
  const contact = who.consent ? who.contact.trim() : '';
  const note = who.note.trim();
  return {
    collection: record.collection,
    slug: record.slug,
    text: record.text,
    edit: record.edit ?? false,
    ...(name || contact
      ? { proposer: { ...(name ? { name } : {}), ...(contact ? { contact } : {}), consent: who.consent && contact !== '' } }
      : {}),
    ...(note ? { note } : {}),
    website: who.website,
    altcha,
  };
}

export type RelayOutcome = { ok: true; url: string; message: string } | { ok: false; message: string; problems: string[] };

interface RelayAnswer {
  url?: unknown;
  error?: unknown;
  problems?: Array<{ line?: unknown; field?: unknown; message?: unknown }>;
}

/** Turns the relay's answer (or its absence) into what the contributor reads. */
export function relayOutcome(status: number | undefined, body: unknown): RelayOutcome {
  const answer = (body && typeof body === 'object' ? body : {}) as RelayAnswer;
  if (status === 201 && typeof answer.url === 'string') {
    return {
      ok: true,
      url: answer.url,
      message:
        'Merci ! Votre proposition est arrivée : l’équipe la relit avant de la publier. Vous pouvez suivre la relecture à cette adresse (page publique sur GitHub, sans compte) :',
    };
  }
  const problems = (answer.problems ?? [])
    .filter((p) => typeof p.message === 'string')
    .map((p) => `${typeof p.field === 'string' ? `${p.field} : ` : ''}${String(p.message)}`);
  if (typeof answer.error === 'string') return { ok: false, message: answer.error, problems };
  if (status === undefined) {
    return {
      ok: false,
      message:
        'Le relais des propositions ne répond pas (connexion coupée, ou service arrêté). Réessayez plus tard, ou utilisez les autres façons de proposer la fiche ci-dessous.',
      problems,
    };
  }
  return {
    ok: false,
    message: `Le relais des propositions a répondu par une erreur (${status}). Réessayez plus tard, ou utilisez les autres façons de proposer la fiche ci-dessous.`,
    problems,
  };
}

/** Sends the proposal; never throws: a network failure is an outcome too. */
export async function sendToRelay(relayUrl: string, payload: RelayPayload, fetchImpl: typeof fetch = fetch): Promise<RelayOutcome> {
  let response: Response;
  try {
    response = await fetchImpl(`${relayUrl.replace(/\/+$/, '')}/propositions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(payload),
      credentials: 'omit',
    });
  } catch {
    return relayOutcome(undefined, undefined);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  return relayOutcome(response.status, body);
}
