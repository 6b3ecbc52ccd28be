// The one way the import compares names (accents, case, hyphens, apostrophes, « St »):
// the house's folding function, re-exported so that every piece of the import uses it.
export { foldName } from '../territories/commune-index.ts';
