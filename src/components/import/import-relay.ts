// Sends the checked import to the relay as one batch, after a proof of work sized to the
// batch (the challenge asks ?fiches=N). The records arrive with the `import:ready` event that
// <import-table> dispatches after each check. Loaded only on an import page built with a relay.
import type { AltchaWidgetElement } from 'altcha/external';
import { batchProblem } from '../../lib/import/batch.ts';
import { batchPayload, sendBatch, type BatchRecord } from '../../lib/import/relay-batch.ts';

/** Dispatched on `document` with the records ready to send, after every check. */
export const IMPORT_READY = 'import:ready';
export interface ImportReady {
  collection: string;
  fiches: BatchRecord[];
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export function startImportRelay(): void {
  const root = $('import-relay');
  const relayUrl = root.dataset.relayUrl ?? '';
  const form = $<HTMLFormElement>('import-relay-form');
  const status = $('import-relay-status');
  const problems = $('import-relay-problems');
  const button = $<HTMLButtonElement>('import-relay-send');
  let ready: ImportReady | undefined;
  let widget: Promise<AltchaWidgetElement> | undefined;
  const loadWidget = () =>
    (widget ??= import('../contribution/relay-widget.ts').then((m) => m.mountWidget($('import-relay-altcha'), relayUrl)));

  document.addEventListener(IMPORT_READY, (event) => {
    ready = (event as CustomEvent<ImportReady>).detail;
    const why = batchProblem(ready.fiches);
    root.hidden = ready.fiches.length === 0;
    form.hidden = why !== undefined;
    status.textContent = why && ready.fiches.length ? `L’envoi n’est pas possible : ${why}` : '';
    button.textContent = `Envoyer les ${ready.fiches.length} fiche(s) à l’équipe`;
    problems.replaceChildren();
    $('import-relay-done').hidden = true;
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void send();
  });

  const value = (id: string) => $<HTMLInputElement>(id).value;
  const send = async (): Promise<void> => {
    if (!ready || button.disabled) return;
    button.disabled = true;
    problems.replaceChildren();
    try {
      status.textContent = 'Vérification anti-robot en cours (plus longue pour un grand tableau)…';
      const w = await loadWidget();
      // The work asked grows with the number of records; the relay checks it was done for this many.
      w.setAttribute('challenge', `${relayUrl}/challenge?fiches=${ready.fiches.length}`);
      const proof = await w.verify().catch(() => null);
      if (!proof?.payload) {
        status.textContent =
          'La vérification anti-robot n’a pas abouti. Vérifiez votre connexion, puis cliquez de nouveau sur le bouton d’envoi.';
        return;
      }
      status.textContent = 'Envoi en cours…';
      const who = {
        name: value('import-relay-nom'),
        contact: value('import-relay-contact'),
        consent: $<HTMLInputElement>('import-relay-accord').checked,
        note: value('import-relay-message'),
        website: value('import-relay-site'),
      };
      const outcome = await sendBatch(relayUrl, batchPayload(ready.collection, ready.fiches, who, proof.payload));
      status.textContent = outcome.message;
      if (outcome.ok) {
        const link = $<HTMLAnchorElement>('import-relay-link');
        link.href = outcome.url;
        link.textContent = outcome.url;
        $('import-relay-done').hidden = false;
        form.hidden = true;
      } else {
        problems.replaceChildren(...outcome.problems.map((p) => Object.assign(document.createElement('li'), { textContent: p })));
      }
    } finally {
      button.disabled = false;
    }
  };
}
