// Keys for Astro's incremental build (experimental.incrementalBuild in astro.config.mjs): a page
// whose route code and key are both unchanged since the last build is copied from the build cache
// instead of rendered again. A key is a digest of everything the page shows that does not come
// from its code: a key that misses one input would leave an old page online, so callers give the
// same values the page renders from, not a summary of them.
import { createHash } from 'node:crypto';

/** `undefined` is kept apart from `null` (JSON would write both as null) and dates written in full. */
function replacer(_key: string, value: unknown): unknown {
  if (value === undefined) return '\u0000undefined';
  if (value instanceof Map) return ['\u0000map', ...value];
  if (value instanceof Set) return ['\u0000set', ...value];
  return value;
}

/** The digest of the values a page is made of (JSON values, dates, maps and sets). */
export function pageKey(...parts: unknown[]): string {
  return createHash('sha1').update(JSON.stringify(parts, replacer)).digest('base64url');
}
