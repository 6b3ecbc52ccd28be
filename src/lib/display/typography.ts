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

/** The page (or fragment) with French no-break spaces, typographic apostrophes and ellipses in its text. */
export function frenchTypography(html: string): string {
  return typograf.execute(html);
}
