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
    const message = issue.code === 'invalid_union' ? unionMessage(issue) : issue.message;
    problems.push({ file, line: lineOf(at, base), field: base.length ? fieldPath(base) : undefined, message });
  }
  return problems;
}

/**
 * A union reports every branch's issues. The one that tells the most: a refinement
 * (the value had the right form but is impossible, like 30 February), else the last
 * branch's format message (branches go from the simplest to the fullest form).
 */
function unionMessage(issue: z.core.$ZodIssueInvalidUnion): string {
  const flat = (i: z.core.$ZodIssue): z.core.$ZodIssue[] => (i.code === 'invalid_union' ? i.errors.flat().flatMap(flat) : [i]);
  const all = issue.errors.map((branch) => branch.flatMap(flat));
  const custom = all.flat().find((i) => i.code === 'custom');
  if (custom) return custom.message;
  const last = [...all].reverse().map((b) => b.find((i) => i.code !== 'invalid_type')).find(Boolean);
  return last?.message ?? issue.message;
}

/** The keys an object of the schema accepts at a path, to suggest the right spelling. */
export function knownKeys(schema: z.ZodType, segments: readonly Segment[]): string[] {
  let node: unknown = schema;
  const unwrap = (s: unknown): unknown => {
    let cur = s as { def?: Record<string, unknown> } | undefined;
    // Optional, default, pipe and the like wrap another schema; an object or a list wraps none.
    while (cur?.def) {
      const inner = cur.def.innerType ?? cur.def.in ?? cur.def.schema;
      if (!inner) return cur;
      cur = inner;
    }
    return cur;
  };
  type Def = { shape?: Record<string, unknown>; element?: unknown } | undefined;
  // An object has a shape, a list an element: a name or a number leading anywhere else leads nowhere.
  for (const seg of segments) {
    const def = (unwrap(node) as { def?: Def } | undefined)?.def;
    node = typeof seg === 'number' ? def?.element : def?.shape?.[seg];
  }
  return Object.keys((unwrap(node) as { def?: Def } | undefined)?.def?.shape ?? {});
}
