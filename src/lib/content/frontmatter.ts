// Splits a Markdown file into its YAML header and its body, keeping line numbers.

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

export function splitFrontmatter(text: string): SplitResult {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const lines = source.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    return {
      ok: false,
      line: 1,
      message: 'la fiche doit commencer par une ligne « --- », puis les champs (titre, resume…), puis une autre ligne « --- »',
    };
  }
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end === -1) {
    return { ok: false, line: lines.length, message: 'l’en-tête n’est pas fermé : ajoutez une ligne « --- » après le dernier champ' };
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
