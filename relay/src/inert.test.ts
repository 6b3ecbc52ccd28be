// The contributor's text in a pull request, rendered by a CommonMark + GFM renderer (micromark,
// as GitHub's cmark-gfm reads the same syntax), then read as GitHub reads the rendered text for
// mentions, references and e-mail addresses.
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { inert, inertTitle } from './inert.ts';

const HOSTILE = [
  '@someone et @org/team',
  'voir #12, GH-34 et autre/depot#5',
  '&commat;someone &#64;other &#x40;third &#35;12',
  '![photo](https://exemple.org/p.png) et ![alt][ref]\n\n[ref]: https://exemple.org/x.png',
  '<img src=x onerror=alert(1)> <script>alert(1)</script> <https://exemple.org>',
  'https://exemple.org/page www.exemple.org camille@exemple.fr',
  '[lien](javascript:alert(1)) **gras** `code` ~~barré~~ | tableau |',
  '# titre\n> citation\n- liste\n1. numéro',
  '\\@échappé \\#échappé \\\\ fin\\',
];

/** What GitHub would turn into a notification, a link to an issue, or an e-mail link, in rendered text. */
const GITHUB_TEXT_RULES = [/(^|[^\w`])@[a-z0-9]/i, /(^|[^\w&])#\d/, /\bGH-\d/i, /[\w.+-]@[a-z0-9-]+\.[a-z]/i];

function rendered(markdown: string): { html: string; text: string } {
  const html = micromark(`- **Fiche** : ${markdown}`, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return { html, text: document.body.textContent ?? '' };
}

describe('inert', () => {
  test.each(HOSTILE)('%j renders as its own text: no link, image, HTML, mention or reference', (input) => {
    const { html, text } = rendered(inert(input));
    expect(html).not.toMatch(/<(a|img|script|h\d|blockquote|table|del|code|em|ol)\b/);
    expect(html.match(/<strong>/g)).toHaveLength(1);
    expect(html.match(/<li>/g)).toHaveLength(1);
    for (const rule of GITHUB_TEXT_RULES) expect(text, String(rule)).not.toMatch(rule);
    // Shown as typed, on one line: only the zero-width spaces were added.
    expect(text.replace(/\u200b/g, '').trim()).toBe(`Fiche : ${input.replace(/\s+/g, ' ').trim()}`);
  });

  test('the renderer does find what the escaping prevents (the check can fail)', () => {
    const raw = rendered('@someone #12 &commat;x ![p](https://e.org/p.png) https://e.org <b>x</b> ~~y~~');
    expect(raw.html).toMatch(/<img/);
    expect(raw.html).toMatch(/<a href="https:\/\/e.org"/);
    expect(raw.html).toMatch(/<del>/);
    expect(raw.text).toMatch(GITHUB_TEXT_RULES[0]!);
    expect(raw.text).toMatch(GITHUB_TEXT_RULES[1]!);
    expect(raw.text).toContain('@x');
  });

  test('escapes every punctuation mark, # and ! included, and separates @ and # from what follows', () => {
    expect(inert('![a](b) #1 @c &d')).toBe('\\!\\[a\\]\\(b\\) \\#\u200b1 \\@\u200bc \\&d');
    expect(inert('  un\n\n deux  ')).toBe('un deux');
  });
});

describe('inertTitle', () => {
  test('keeps the title as typed, without mention or reference', () => {
    expect(inertTitle('  Les  voisins\n@asso #3 GH-4 ')).toBe('Les voisins @\u200basso #\u200b3 GH\u200b-4');
    expect(inertTitle('Association d’Île-de-France')).toBe('Association d’Île-de-France');
  });
});
