// Splits a Markdown file into its YAML header and its body, keeping line numbers.
import { isMap, isScalar, parseDocument } from 'yaml';

export interface SplitFile {
  /** The YAML text between the two `---` lines. */
  yaml: string;
  /** 1-based line of the first YAML line in the file. */
  yamlLine: number;
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
}

export type SplitResult = { ok: true; value: SplitFile } | { ok: false; line: number; message: string };

const UNCLOSED = 'l’en-tête n’est pas fermé : ajoutez une ligne « --- » après le dernier champ';

/**
 * A line the header could hold at its top level: `champ: valeur`, a field name being lowercase
 * letters, digits and « _ ». Its value may be wrong (an unclosed quote): that is the header's
 * own problem, reported by the YAML reader, not a sign that the text of the record started.
 */
function isFieldLine(line: string): boolean {
  const doc = parseDocument(line);
  const pair = isMap(doc.contents) ? doc.contents.items[0] : undefined;
  return isScalar(pair?.key) && /^[a-z][a-z0-9_]*$/.test(String(pair.key.value));
}

/**
 * Where the text of the record starts inside what reads as its header (0-based index in
 * `lines`), when the closing `---` was forgotten: the first line after an empty line that
 * starts at the margin and is neither a field, a list item nor a comment. A Markdown
 * paragraph, even « Texte : suite », is not a lowercase field name.
 */
function bodyInsideHeader(lines: readonly string[], from: number, to: number): number | undefined {
  // `from` is the opening line, `to` at most the number of lines: every index read exists.
  for (let i = from + 1; i < to; i++) {
    const line = lines[i]!;
    if (lines[i - 1]!.trim() !== '' || line === '' || /^[\s#-]/.test(line)) continue;
    if (!isFieldLine(line)) return i;
  }
  return undefined;
}

/** The 1-based line of the last non-empty line before index `before` (line 0 is the opening `---`). */
function lastFieldLine(lines: readonly string[], before: number): number {
  let i = before - 1;
  while (lines[i]!.trim() === '') i--;
  return i + 1;
}

export function splitFrontmatter(text: string): SplitResult {
  // A byte order mark before the first `---` goes with trim(), which removes it.
  const lines = text.split(/\r?\n/);
  if (lines[0]!.trim() !== '---') {
    return {
      ok: false,
      line: 1,
      message: 'la fiche doit commencer par une ligne « --- », puis les champs (titre, resume…), puis une autre ligne « --- »',
    };
  }
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  // A forgotten closing line: the text of the record then reads as header, up to a `---`
  // further down (a Markdown separator) or to the end of the file.
  const body = bodyInsideHeader(lines, 1, end === -1 ? lines.length : end);
  if (body !== undefined) {
    return { ok: false, line: body + 1, message: `${UNCLOSED} (ligne ${lastFieldLine(lines, body)}), avant le texte de la fiche` };
  }
  if (end === -1) {
    return { ok: false, line: lastFieldLine(lines, lines.length) + 1, message: UNCLOSED };
  }
  return {
    ok: true,
    value: {
      yaml: lines.slice(1, end).join('\n'),
      yamlLine: 2,
      body: lines.slice(end + 1).join('\n'),
      bodyLine: end + 2,
    },
  };
}
