// Record ids are their file names: lowercase ASCII letters, digits and hyphens.

/** Folds accents, lowercases and joins words with hyphens: « Coopération 22 » → « cooperation-22 ». */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}
