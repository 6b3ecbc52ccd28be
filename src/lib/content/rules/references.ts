// Records point at each other by id. Every id must name a record; a published
// record never points at a draft (its page would link to a missing page and the
// open data would name it) nor at itself.
import { DESCRIPTORS, referencesOf, type CollectionName } from '../../../schemas/collections.ts';
import { lineOf, type Located } from '../positions.ts';
import { fieldPath, type Problem, type Segment } from '../problem.ts';
import { nearest } from '../suggest.ts';

/** A record as the reference check needs it, valid or not. */
export interface Referencing {
  collection: CollectionName;
  slug: string;
  file: string;
  data: Record<string, unknown>;
  at: Located;
  /** Draft status, when the header passed its schema. */
  draft: boolean;
}

type ReferencePath = { path: readonly Segment[]; to: CollectionName };

/** Where a collection's reference fields sit in a record, as paths with `*` for list items. */
const referencePaths = (c: CollectionName): ReferencePath[] => referencesOf(c).map(({ field, sub, to }) => ({ path: sub ? [field, '*', sub] : [field, '*'], to }));

/** Expands `*` in a reference path into every concrete path, with what is written there. */
function expand(value: unknown, pattern: readonly Segment[], prefix: Segment[] = []): Array<{ path: Segment[]; value: unknown }> {
  const [head, ...rest] = pattern;
  if (head === undefined) return [{ path: prefix, value }];
  if (head === '*') {
    // A single value (`cooperation: x`) is read as a list of one, without an index.
    return Array.isArray(value) ? value.flatMap((v, i) => expand(v, rest, [...prefix, i])) : expand(value, rest, prefix);
  }
  // The header may be invalid: only an object (not a text, not an empty item) has fields to follow.
  return value instanceof Object ? expand((value as Record<string, unknown>)[head], rest, [...prefix, head]) : [];
}

/** The records a header points at, as `collection/id` (to learn, say, which of them are drafts). */
export function referencedRecords(collection: CollectionName, data: Record<string, unknown>): string[] {
  const out = new Set<string>();
  for (const ref of referencePaths(collection)) {
    for (const { value } of expand(data, ref.path)) if (typeof value === 'string') out.add(`${ref.to}/${value}`);
  }
  return [...out];
}

export function referenceProblems(records: readonly Referencing[]): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map<string, Referencing>(records.map((r) => [`${r.collection}/${r.slug}`, r]));
  const ids = (c: CollectionName) => records.filter((r) => r.collection === c).map((r) => r.slug);
  for (const record of records) {
    for (const ref of referencePaths(record.collection)) {
      for (const { path, value } of expand(record.data, ref.path)) {
        if (typeof value !== 'string') continue;
        const target = byId.get(`${ref.to}/${value}`);
        const report = (message: string) => problems.push({ file: record.file, line: lineOf(record.at, path), field: fieldPath(path), message });
        if (!target) {
          report(`« ${value} » ne correspond à aucune fiche ${DESCRIPTORS[ref.to].des} (fichier content/${ref.to}/${value}.md introuvable)${nearest(value, ids(ref.to))}`);
          continue;
        }
        // No collection points at its own yet: the check waits for the day one does.
        // Stryker disable next-line all: unreachable while no reference field points at its own collection
        if (target === record) report('une fiche ne peut pas se citer elle-même : retirez cet identifiant');
        else if (!record.draft && target.draft) {
          report(`« ${value} » est un brouillon, absent du site publié : publiez d’abord cette fiche (retirez « brouillon: true »), ou retirez-la d’ici`);
        }
      }
    }
  }
  return problems;
}
