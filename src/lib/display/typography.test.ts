import { describe, expect, test } from 'vitest';
import { frenchTypography } from './typography.ts';

const NNBSP = '\u202F';
const NBSP = '\u00A0';

describe('frenchTypography', () => {
  test('puts no-break spaces before : ; ! ? and inside « »', () => {
    expect(frenchTypography('<p>Attention : oui ; non ! Vraiment ? La « page »</p>')).toBe(
      `<p>Attention${NBSP}: oui${NNBSP}; non${NNBSP}! Vraiment${NNBSP}? La «${NNBSP}page${NNBSP}»</p>`,
    );
  });
  test('turns straight apostrophes and three dots into their typographic forms, entities included', () => {
    expect(frenchTypography('<h1>Côtes-d&#39;Armor</h1><p>c\'est une caisse...</p>')).toBe('<h1>Côtes-d’Armor</h1><p>c’est une caisse…</p>');
  });
  test('leaves attributes, URLs, code, scripts and escaped markup alone', () => {
    const html = '<textarea>l\'x : y</textarea><a href="/x?a=1&amp;b=2" title="Un : titre">lien</a><code>a : b</code><script>var x = "a : b";</script><p>a &lt;b&gt; &amp; c https://exemple.fr/?q=1 : fin</p>';
    expect(frenchTypography(html)).toBe(html.replace('1 : fin', `1${NBSP}: fin`));
  });
  test('does not add a space where none was typed (times, ratios)', () => {
    expect(frenchTypography('<p>à 9:30, 1:2</p>')).toBe('<p>à 9:30, 1:2</p>');
  });
});
