// One problem found in the content: its file, line, field and a French message
// that says how to fix it. Printed as `file:line: champ — message`.

export interface Problem {
  file: string;
  line: number;
  /** Path of the field, as a contributor reads it: `themes[1]`, `lieu.code_insee`. */
  field?: string;
  /** 1-based column, when the problem is a YAML syntax error. */
  column?: number;
  message: string;
}

export type Segment = string | number;

export function fieldPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else out += out ? `.${String(s)}` : String(s);
  }
  return out;
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.field ? `${p.field} — ` : ''}${p.message}${p.column ? ` (colonne ${p.column})` : ''}`;
}
