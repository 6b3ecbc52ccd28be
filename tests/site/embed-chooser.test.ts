// /integrer/ in a browser: one chooser instead of 101 code boxes; choosing a département (by
// keyboard) updates the code and the live preview; « Copier le code » copies it and says so.

import { describe, expect, test } from 'vitest';
import { MAIN_DIST } from '../helpers/build.ts';
import { HAS_BROWSER } from '../helpers/browser.ts';
import { readPage } from '../helpers/dist.ts';
import { browserOnSite } from '../helpers/browser-site.ts';

describe('/integrer/ in the HTML', () => {
  test('has one code box and a chooser of the 101 départements', () => {
    const doc = readPage('/integrer/');
    expect(doc.querySelectorAll('main textarea')).toHaveLength(1);
    expect(doc.querySelectorAll('#integrer-departement option')).toHaveLength(101);
    expect([...doc.querySelectorAll('main label')].find((l) => l.getAttribute('for') === 'integrer-departement')?.textContent).toBe(
      'Votre département',
    );
  });
});

describe.skipIf(!HAS_BROWSER)('/integrer/ in a browser', () => {
  const site = browserOnSite(MAIN_DIST);

  test('choosing the Finistère by keyboard updates the code and the preview; the copy button copies and says so', async () => {
    const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/integrer/`);
    const chooser = page.getByLabel('Votre département');
    await chooser.focus();
    await chooser.selectOption({ value: '29' });
    const code = await page.getByLabel('Code à copier').inputValue();
    expect(code).toMatch(/^<iframe src="[^"]+\/integrer\/29\/" title="Ressources contre l’isolement des personnes âgées : Finistère"/);
    const preview = page.locator('[data-integrer-apercu]');
    expect(await preview.getAttribute('src')).toBe('/integrer/29/');
    expect(await preview.getAttribute('title')).toBe('Aperçu de la liste : Finistère');
    // The copy button, by keyboard: Tab from the code box, then Enter.
    await page.getByLabel('Code à copier').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Copier le code');
    await page.keyboard.press('Enter');
    const status = page.getByRole('status').filter({ hasText: 'Code copié' });
    await status.waitFor();
    expect(await status.textContent()).toBe('Code copié : Finistère. Collez-le dans votre page.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    await context.close();
  });
});
