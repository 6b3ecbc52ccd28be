// The main build has neither a contact address nor a relay: the form and /contact/ say plainly
// what is possible (download, GitHub) and never send the reader from one to the other and back.
import { describe, expect, test } from 'vitest';
import { hrefs, readPage } from '../helpers/dist.ts';
import { SITE } from '../../src/site-config.ts';

describe.skipIf(Boolean(SITE.contact))('without a contact address or a relay', () => {
  const form = readPage('/contribuer/proposer/acteurs/');
  const contact = readPage('/contact/');

  test('the form’s result and its no-script notice never point to /contact/', () => {
    const result = form.querySelector('#result')!;
    const noscript = form.querySelector('noscript')!;
    expect(hrefs(result)).not.toContain('/contact/');
    expect(noscript.innerHTML).not.toContain('/contact/');
    expect(result.querySelector('#way-email')!.textContent.replace(/\s+/g, ' ')).toContain(
      'il faut un compte GitHub (gratuit) : voir ci-dessous. Sans compte, téléchargez-la pour la garder.',
    );
    expect(noscript.innerHTML).toContain(`${SITE.depot}/upload/${SITE.branche}/content/acteurs`);
  });

  test('/contact/ names the one way to reach the team, and what the form allows', () => {
    const text = contact.querySelector('main')!.textContent.replace(/\s+/g, ' ');
    expect(text).toContain('Pour joindre l’équipe, ouvrez un ticket public sur GitHub');
    expect(text).toContain('Vous pouvez ensuite la télécharger, ou la proposer sur GitHub avec un compte (gratuit).');
    expect(text).not.toMatch(/le formulaire : il prépare la fiche et vous dit comment l’envoyer/);
  });
});

describe('GitHub’s buttons', () => {
  test('each English button name the form quotes is followed by its meaning in French', () => {
    const text = readPage('/contribuer/proposer/acteurs/').querySelector('#result')!.textContent.replace(/\s+/g, ' ');
    const quoted = [
      ...text.matchAll(/« (Commit changes…|Propose changes|Create pull request|Upload files|Propose new file|Add file) »( \()?/g),
    ];
    expect(quoted.length).toBeGreaterThanOrEqual(6);
    expect(quoted.filter((m) => !m[2]).map((m) => m[1])).toEqual([]);
  });
});
