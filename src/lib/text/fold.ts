// The one way names are folded for comparison: communes, départements, record ids, search
// filters. Two spellings a person would call the same name fold to the same text:
// « Œuilly » / « OEUILLY », « St-Brieuc » / « Saint Brieuc », « Côtes-d’Armor » / « cotes d'armor ».
// Hand-written rather than a slug package: the rules are French (« St » is « saint ») and
// the relay's build script repeats them in plain JavaScript (relay/scripts/communes.mjs).

/** Letters no Unicode decomposition splits, read as the letters they stand for. */
const LIGATURES = new Map([
  ['œ', 'oe'],
  ['æ', 'ae'],
  ['ß', 'ss'],
]);

/** Whole-word abbreviations of the names of places: « St-Malo », « Ste-Foy ». */
const ABBREVIATIONS = new Map([
  ['st', 'saint'],
  ['ste', 'sainte'],
]);

/** The words of a text: lower case, no accents, ligatures spelled out, split at anything but a letter or digit. */
function words(text: string): string[] {
  return text
    .normalize('NFKD') // NFKD also reads « ﬁ », « ² » and no-break spaces as their plain forms
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[œæß]/g, (c) => LIGATURES.get(c) ?? c)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

const expand = (word: string) => ABBREVIATIONS.get(word) ?? word;

/**
 * A name folded for comparison: lower case, no accents, œ/æ/ß as oe/ae/ss, apostrophes, hyphens
 * and other punctuation as one space, « St »/« Ste » as « saint »/« sainte »:
 * « L’Haÿ-les-Roses » → « l hay les roses », « Ste-Œuilly » → « sainte oeuilly ».
 */
export function foldName(text: string): string {
  return words(text).map(expand).join(' ');
}

/**
 * A query still being typed, folded as foldName does, except its last word when nothing follows
 * it: « St » may be the start of « Stenay », so only « St », « St- » or « St B » read « saint ».
 */
export function foldQuery(text: string): string {
  const list = words(text);
  const finished = /[^\p{L}\p{N}\p{M}]$/u.test(text);
  return list.map((w, i) => (i < list.length - 1 || finished ? expand(w) : w)).join(' ');
}

/** The longest id slugify returns: file names and URLs stay readable. */
const MAX_SLUG = 80;

/** A record id from a title: foldName's words joined with hyphens, ASCII only: « Coopération 22 » → « cooperation-22 ». */
export function slugify(text: string): string {
  return foldName(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '');
}
