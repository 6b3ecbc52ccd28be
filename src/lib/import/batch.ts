// One import proposed as one batch: its limits, shared by the page (which says before sending
// when a batch is too large) and the relay (which refuses it). The proof of work a batch asks
// grows with its number of records, so that a large batch costs its sender more than one record.
export const MAX_BATCH_RECORDS = 500;
export const MAX_BATCH_BYTES = 2 * 1024 * 1024;

export interface BatchFile {
  slug: string;
  text: string;
}

/** Why a batch cannot be sent as it is, in plain French, or undefined when it can. */
export function batchProblem(files: readonly BatchFile[]): string | undefined {
  if (files.length === 0) return 'aucune fiche prête à envoyer';
  if (files.length > MAX_BATCH_RECORDS)
    return `${files.length} fiches : un envoi en compte au plus ${MAX_BATCH_RECORDS}. Découpez le tableau en plusieurs fichiers, ou téléchargez le fichier .zip et envoyez-le à l’équipe.`;
  const bytes = files.reduce((n, f) => n + new TextEncoder().encode(f.text).length, 0);
  if (bytes > MAX_BATCH_BYTES)
    return 'ces fiches pèsent plus de 2 Mo ensemble : découpez le tableau en plusieurs fichiers, ou téléchargez le fichier .zip et envoyez-le à l’équipe.';
  const slugs = new Set(files.map((f) => f.slug));
  if (slugs.size !== files.length) return 'deux fiches portent le même nom';
  return undefined;
}

/**
 * How many times the single-record proof of work a batch of `records` asks: one for a
 * record, then one more per started group of 25 (a batch of 500 asks 21 times the work).
 */
export function batchWorkFactor(records: number): number {
  return records <= 1 ? 1 : 1 + Math.ceil(records / 25);
}

/** The largest request body of a batch: its records' text and JSON's escaping around it. */
export const BATCH_BODY_BYTES = 3 * 1024 * 1024;
