import { describe, expect, test } from 'vitest';
import { frenchTypography, frenchTypographyWhole } from './typography.ts';

const NNBSP = '\u202F';
const NBSP = '\u00A0';

describe('frenchTypography', () => {
  test('puts no-break spaces before : ; ! ? and inside « »', () => {
    expect(frenchTypography('<p>Attention : oui ; non ! Vraiment ? La « page »</p>')).toBe(
      `<p>Attention${NBSP}: oui${NNBSP}; non${NNBSP}! Vraiment${NNBSP}? La «${NNBSP}page${NNBSP}»</p>`,
    );
  });
  test('turns straight apostrophes and three dots into their typographic forms, entities included', () => {
    expect(frenchTypography("<h1>Côtes-d&#39;Armor</h1><p>c'est une caisse...</p>")).toBe('<h1>Côtes-d’Armor</h1><p>c’est une caisse…</p>');
  });
  test('leaves attributes, URLs, code, scripts and escaped markup alone', () => {
    const html =
      '<textarea>l\'x : y</textarea><a href="/x?a=1&amp;b=2" title="Un : titre">lien</a><code>a : b</code><script>var x = "a : b";</script><p>a &lt;b&gt; &amp; c https://exemple.fr/?q=1 : fin</p>';
    expect(frenchTypography(html)).toBe(html.replace('1 : fin', `1${NBSP}: fin`));
  });
  test('does not add a space where none was typed (times, ratios)', () => {
    expect(frenchTypography('<p>à 9:30, 1:2</p>')).toBe('<p>à 9:30, 1:2</p>');
  });
  test('gives, block by block, exactly what typograf gives on the whole page', () => {
    const page = [
      '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>L\'isolement : « agir »</title>',
      '<script type="application/ld+json">{"name":"l\'x : y"}</script><style>a::before{content:"\'"}</style></head>',
      '<body><header><nav aria-label="Menu"><ul><li><a href="/a/">Qu\'est-ce que c\'est ?</a></li><li>Aide !</li></ul></nav></header>',
      '<main><h1>Le "bon" réseau...</h1><p>Il dit : "<em>venez</em> vite" ; merci !</p><pre>a : b \'c\'</pre>',
      "<dl><dt>Échelle</dt><dd>Départementale ; « rurale »</dd></dl><!-- l'ancien : texte -->",
      '<div><p>Rien à changer</p><textarea>l\'exemple : "code"</textarea></div><p>Côtes-d&#39;Armor &amp; Finistère&nbsp;!</p></main>',
      '<footer><p>Fait à Paris ? Oui.</p></footer></body></html>',
    ].join('\n');
    expect(frenchTypography(page)).toBe(frenchTypographyWhole(page));
    expect(frenchTypography(page)).not.toBe(page);
    // Twice, so that the remembered blocks give the same result.
    expect(frenchTypography(page)).toBe(frenchTypographyWhole(page));
  });
});
