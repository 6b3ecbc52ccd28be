// The ALTCHA widget (proof of work, no third party), self-hosted: the build without its inline
// styles and workers (« external »), its stylesheet and its PBKDF2 worker as files of this site,
// so the CSP holds. Loaded only when a proposal is ready to be sent through the relay.
import 'altcha/external';
import 'altcha/altcha.css';
import 'altcha/i18n/fr-fr';
import Pbkdf2Worker from 'altcha/workers/pbkdf2?worker';
import type { AltchaWidgetElement } from 'altcha/external';

globalThis.$altcha.algorithms.set('PBKDF2/SHA-256', () => new Pbkdf2Worker());

/** Puts the widget in `holder`; it fetches its challenge from the relay when asked to verify. */
export function mountWidget(holder: HTMLElement, relayUrl: string): AltchaWidgetElement {
  const widget = document.createElement('altcha-widget');
  widget.setAttribute('challenge', `${relayUrl}/challenge`);
  widget.setAttribute('auto', 'off');
  widget.setAttribute('language', 'fr-fr');
  widget.setAttribute('name', 'altcha');
  // The footer links to altcha.org: a link to another host the contributor does not need.
  widget.setAttribute('configuration', JSON.stringify({ hideFooter: true, hideLogo: true }));
  holder.append(widget);
  return widget;
}
