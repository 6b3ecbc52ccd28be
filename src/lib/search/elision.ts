// Pagefind reads « l’isolement » as one word, so « isolement » would not find it.
// Before indexing, a hair space (U+200A, a word break for Pagefind, barely visible)
// goes after each elided article or pronoun; the search page does the same to the
// query and takes it out of what it shows.

export const ELISION_BREAK = '\u200A';

const ELISION = /(\p{L})['’](?=\p{L})/gu;

/** « l’isolement » → « l’ isolement » (with a hair space). */
export function splitElisions(text: string): string {
  return text.replace(ELISION, `$1’${ELISION_BREAK}`);
}

/**
 * Removes the breaks added for the index. Pagefind's excerpts turn the hair space into a plain
 * space, so « l’ isolement » (letter, apostrophe, space, letter, maybe behind a <mark>) is
 * joined back too.
 */
export function joinElisions(text: string): string {
  return text.replaceAll(ELISION_BREAK, '').replace(/(\p{L})’ (?=(?:<[^>]*>)*\p{L})/gu, '$1’');
}

/** The same, on the text of an HTML page only: attributes (filters, links) stay as they are. */
export function splitElisionsInHtml(html: string): string {
  return html.replace(/>([^<]+)</g, (_, text: string) => `>${splitElisions(text)}<`);
}
