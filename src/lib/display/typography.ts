// French typography for readers, applied once to every built page by src/integrations/typography.ts.
// typograf does the work on whole HTML documents: it leaves tags and their attributes, comments,
// URLs and the content of <script>, <style>, <pre>, <code>, <kbd>, <samp> and <var> untouched
// (its « safe tags »), so only the text readers see changes.
import Typograf from 'typograf';

// typograf ships the French guillemets (with their narrow no-break spaces) but no rule for the
// space before « : ; ! ? »; this one uses typograf's own rule API. Only spaces already typed are
// made unbreakable: adding missing ones would touch times (9:30) and ratios.
// U+00A0 before the colon, U+202F (narrow) before ; ! ? — the usual French print convention.
Typograf.addRule({
  name: 'fr/nbsp/beforePunctuation',
  handler: (text: string) => text.replace(/[ \t\n\r\u00A0\u202F]+(?=[;!?])/g, '\u202F').replace(/[ \t\n\r]+(?=:)/g, '\u00A0'),
});

const typograf = new Typograf({
  locale: ['fr'],
  // Characters, not entities: the text stays readable in the HTML source.
  htmlEntity: { type: 'default' },
  // A short, known list rather than every rule: the rest (repeated words, digit grouping,
  // spaces after commas…) would rewrite content the contributors chose.
  disableRule: '*',
  enableRule: ['common/punctuation/apostrophe', 'common/punctuation/hellip', 'common/punctuation/quote', 'fr/nbsp/beforePunctuation'],
});

// A <textarea> holds code to copy (the embed snippets of /integrer/): never touched either.
typograf.addSafeTag('<textarea(\\s[^>]*?)?>', '</textarea>');

// typograf's cost is in its markup handling (a placeholder for every tag), not in the rules: on
// whole pages it was a third of the build's CPU time. A page is therefore cut before each
// block-level element, never inside what typograf leaves alone (code, scripts, comments…);
// a block whose text holds nothing any enabled rule changes is kept as it is, and the others
// are remembered, since the header, navigation, footer and cards repeat on thousands of pages.
// Quotes do not run from one block element to the next, and typograf itself already handles
// <p>, <h1>…<h6> and <title> apart, so the result is the same as on the whole page.
const OPAQUE =
  /<(script|style|pre|code|kbd|samp|var|object|textarea)\b[\s\S]*?<\/\1>|<!--[\s\S]*?-->|(<(?:head|body|header|footer|nav|main|aside|section|article|div|p|h[1-6]|ul|ol|li|dl|dt|dd|table|tr|td|th|figure|form|fieldset|details|summary|title|meta|link)\b)/gi;
// What an enabled rule (or typograf's entity and line-ending handling) may change.
const TRIGGER = /['"«»\r]|\.\.\.|[\s\u00A0\u202F][:;!?]|&(?!amp;|lt;|gt;)[#a-z\d]+;/i;
const remembered = new Map<string, string>();

function block(html: string): string {
  if (!TRIGGER.test(html.replace(/<[^>]*>/g, ''))) return html;
  let out = remembered.get(html);
  if (out === undefined) {
    out = typograf.execute(html);
    // A bound on memory for the largest builds: forgetting only costs time.
    if (remembered.size > 20_000) remembered.clear();
    // The key is copied: as a slice of the page, it would keep the whole page in memory.
    remembered.set(Buffer.from(html).toString(), out);
  }
  return out;
}

/** The page (or fragment) with French no-break spaces, typographic apostrophes and ellipses in its text. */
export function frenchTypography(html: string): string {
  let out = '';
  let start = 0;
  for (const m of html.matchAll(OPAQUE)) {
    if (m[2] === undefined || m.index === start) continue;
    out += block(html.slice(start, m.index));
    start = m.index;
  }
  return out + block(html.slice(start));
}

/** typograf on the whole text at once: the reference that frenchTypography must equal. */
export function frenchTypographyWhole(html: string): string {
  return typograf.execute(html);
}
