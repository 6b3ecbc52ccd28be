// « Envoyer ma proposition »: sends the file the form prepared to the proposal relay, after the
// anti-robot proof of work, and shows the pull request's address or what to do. Loaded only on
// form pages built with a relay (RELAY_URL).
import { PROPOSAL_READY, relayPayload, sendToRelay, type PreparedRecord } from '../../lib/contribution/relay-client.ts';
import type { AltchaWidgetElement } from 'altcha/external';

export function startRelaySend(): void {
  const root = document.getElementById('relay');
  const form = document.getElementById('relay-form') as HTMLFormElement | null;
  if (!root || !form) return;
  const relayUrl = root.dataset.relayUrl ?? '';
  const status = document.getElementById('relay-status') as HTMLElement;
  const problems = document.getElementById('relay-problems') as HTMLUListElement;
  const done = document.getElementById('relay-done') as HTMLElement;
  const link = document.getElementById('relay-link') as HTMLAnchorElement;
  const button = form.querySelector<HTMLButtonElement>('button[type=submit]') as HTMLButtonElement;
  const value = (id: string) => (document.getElementById(id) as HTMLInputElement | HTMLTextAreaElement).value;
  let record: PreparedRecord | undefined;
  let widget: Promise<AltchaWidgetElement> | undefined;
  const loadWidget = () =>
    (widget ??= import('./relay-widget.ts').then((m) => m.mountWidget(document.getElementById('relay-altcha') as HTMLElement, relayUrl)));

  document.addEventListener(PROPOSAL_READY, (event) => {
    record = (event as CustomEvent<PreparedRecord>).detail;
    form.hidden = false;
    done.hidden = true;
    status.textContent = '';
    problems.replaceChildren();
    void loadWidget();
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void send();
  });

  const send = async (): Promise<void> => {
    if (!record || button.disabled) return;
    button.disabled = true;
    problems.replaceChildren();
    try {
      status.textContent = 'Vérification anti-robot en cours (quelques secondes)…';
      // A fresh proof for every sending: the relay accepts each one once.
      const proof = await (await loadWidget()).verify().catch(() => null);
      if (!proof?.payload) {
        status.textContent =
          'La vérification anti-robot n’a pas abouti. Vérifiez votre connexion, puis cliquez de nouveau sur « Envoyer ma proposition ».';
        return;
      }
      status.textContent = 'Envoi en cours…';
      const who = {
        name: value('relay-nom'),
        contact: value('relay-contact'),
        consent: (document.getElementById('relay-accord') as HTMLInputElement).checked,
        note: value('relay-message'),
        website: value('relay-site'),
      };
      const outcome = await sendToRelay(relayUrl, relayPayload(record, who, proof.payload));
      status.textContent = outcome.message;
      if (outcome.ok) {
        link.href = outcome.url;
        link.textContent = outcome.url;
        done.hidden = false;
        form.hidden = true;
      } else {
        problems.replaceChildren(
          ...outcome.problems.map((p) => {
            const li = document.createElement('li');
            li.textContent = p;
            return li;
          }),
        );
      }
    } finally {
      button.disabled = false;
    }
  };
}
