// Mini-maps are images shared between record pages: one SVG file per set of
// highlighted départements, instead of the same 7 KB of SVG inlined in every page.
import { withBase } from '../site/paths.ts';

/** The départements a record page highlights: its own, plus an event's venue. */
export function miniMapCodes(data: { departements?: readonly string[]; lieu?: { departement?: string } | undefined }): string[] {
  const codes = [...(data.departements ?? []), ...(data.lieu?.departement ? [data.lieu.departement] : [])];
  return [...new Set(codes)].sort();
}

/** « 22 », « 2a-2b »: the file name of a set of départements. */
export function miniMapKey(codes: readonly string[]): string {
  return [...new Set(codes)].sort().join('-').toLowerCase();
}

export function miniMapUrl(codes: readonly string[]): string {
  return withBase(`/carte/mini/${miniMapKey(codes)}.svg`);
}

/** The codes back from a file name, in the official upper case (2A, 2B). */
export function codesFromKey(key: string): string[] {
  return key.split('-').map((c) => c.toUpperCase());
}
