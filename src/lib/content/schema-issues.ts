// Turns zod issues into problems at the line of their field, with the known
// field names suggested for a misspelt one.
import type { z } from 'astro/zod';
import { lineOf, type Located } from './positions.ts';
import { fieldPath, type Problem, type Segment } from './problem.ts';
import { nearest } from './suggest.ts';

export function issueProblems(issues: readonly z.core.$ZodIssue[], schema: z.ZodType | undefined, file: string, at: Located): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const base = issue.path.filter((s): s is Segment => typeof s === 'string' || typeof s === 'number');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const segments = [...base, key];
        const known = schema ? knownKeys(schema, base) : [];
        problems.push({ file, line: lineOf(at, segments), field: fieldPath(segments), message: `le champ « ${key} » n'existe pas ici${nearest(key, known)} (liste des champs : CONTRIBUTING.md)` });
      }
      continue;
    }
    // A union reports its branches' issues; the most specific text branch tells the most.
    let message = issue.message;
    if (issue.code === 'invalid_union') {
      const branch = issue.errors.map((e) => e.find((i) => i.code !== 'invalid_type')).find(Boolean);
      message = branch?.message ?? issue.message;
    }
    problems.push({ file, line: lineOf(at, base), field: base.length ? fieldPath(base) : undefined, message });
  }
  return problems;
}

/** The keys an object of the schema accepts at a path, to suggest the right spelling. */
export function knownKeys(schema: z.ZodType, segments: readonly Segment[]): string[] {
  let node: unknown = schema;
  const unwrap = (s: unknown): unknown => {
    let cur = s as { def?: Record<string, unknown> } | undefined;
    for (let i = 0; i < 10 && cur?.def; i++) {
      const def = cur.def;
      if (def.type === 'object' || def.type === 'array') return cur;
      const inner = def.innerType ?? def.in ?? def.schema;
      if (!inner) return cur;
      cur = inner as typeof cur;
    }
    return cur;
  };
  for (const seg of segments) {
    const cur = unwrap(node) as { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown } } | undefined;
    if (cur?.def?.type === 'object' && typeof seg === 'string') node = cur.def.shape?.[seg];
    else if (cur?.def?.type === 'array' && typeof seg === 'number') node = cur.def.element;
    else return [];
  }
  const obj = unwrap(node) as { def?: { type?: string; shape?: Record<string, unknown> } } | undefined;
  return obj?.def?.type === 'object' ? Object.keys(obj.def.shape ?? {}) : [];
}
