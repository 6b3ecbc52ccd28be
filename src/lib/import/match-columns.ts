// Which column of the sheet fills which field: found from the form's titles, the open
// data's column names and the usual synonyms (folded, so « Code Postal » is « code postal »);
// the person can change any of it. A matching is remembered per set of headers.
import { foldName } from '../text/fold.ts';
import { SYNONYMS } from './synonyms.ts';
import type { Target } from './targets.ts';

/** For each column of the sheet, the target key it fills, or '' when it is ignored. */
export type Matching = string[];

function namesOf(target: Target): string[] {
  return [target.key, target.key.replace(/_/g, ' '), target.title, ...(SYNONYMS[target.key] ?? [])];
}

/** The automatic matching: exact folded names first, each target used once, unknown columns ignored. */
export function matchColumns(headers: readonly string[], targets: readonly Target[]): Matching {
  const byName = new Map<string, string>();
  // Titles and CSV names win over synonyms: a later, weaker name never replaces an earlier one.
  for (const pass of [0, 1, 2, 3] as const) {
    for (const t of targets) {
      const name = foldName(namesOf(t)[pass] ?? '');
      if (name && !byName.has(name)) byName.set(name, t.key);
    }
  }
  for (const t of targets) for (const s of SYNONYMS[t.key] ?? []) if (!byName.has(foldName(s))) byName.set(foldName(s), t.key);
  const used = new Set<string>();
  return headers.map((h) => {
    const key = byName.get(foldName(h)) ?? '';
    if (!key || used.has(key)) return '';
    used.add(key);
    return key;
  });
}

/** Targets no column fills, required ones first. */
export function emptyTargets(matching: Matching, targets: readonly Target[]): Target[] {
  const filled = new Set(matching.filter(Boolean));
  const left = targets.filter((t) => !filled.has(t.key));
  return [...left.filter((t) => t.required), ...left.filter((t) => !t.required)];
}

/** How well the headers fit a collection: the number of columns matched. */
export function fitScore(headers: readonly string[], targets: readonly Target[]): number {
  return matchColumns(headers, targets).filter(Boolean).length;
}

/** The storage key of a matching: the collection and the folded headers, in order. */
export function matchingKey(collection: string, headers: readonly string[]): string {
  return `import:${collection}:${headers.map(foldName).join('|')}`;
}

/** A remembered matching, if it still fits these headers and targets. */
export function rememberedMatching(stored: string | null, headers: readonly string[], targets: readonly Target[]): Matching | undefined {
  if (!stored) return undefined;
  try {
    const value: unknown = JSON.parse(stored);
    const keys = new Set(targets.map((t) => t.key));
    if (Array.isArray(value) && value.length === headers.length && value.every((k) => typeof k === 'string' && (k === '' || keys.has(k))))
      return value as string[];
  } catch {
    // A damaged entry is as good as none.
  }
  return undefined;
}
