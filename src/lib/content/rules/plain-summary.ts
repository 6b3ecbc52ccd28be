// `resume` is shown as text in lists, search results, feeds and meta descriptions:
// it must read the same once parsed as Markdown. Parsed with the site's own
// Markdown parser rather than guessed with patterns.
import { markdownToMdast } from 'satteri';
import { lineOf } from '../positions.ts';
import type { RecordRule } from './types.ts';

interface Node {
  type: string;
  value?: string;
  url?: string;
  children?: Node[];
}

const textOf = (n: Node): string => n.value ?? (n.children ?? []).map(textOf).join('');

/** True when Markdown sees only text in `s` (a bare web address counts as text). */
export function isPlainText(s: string): boolean {
  const root = markdownToMdast(s) as unknown as Node;
  const blocks = root.children ?? [];
  if (blocks.length === 0) return true;
  if (blocks.length > 1 || blocks[0]?.type !== 'paragraph') return false;
  const inline = blocks[0].children ?? [];
  const plain = inline.every((n) => n.type === 'text' || (n.type === 'link' && textOf(n) === n.url));
  // An escape or an entity (`\*`, `&amp;`) is markup too: the text must come out unchanged.
  return plain && inline.map(textOf).join('') === s.trim().replace(/\s*\n\s*/g, ' ');
}

export const plainSummary: RecordRule = (record) => {
  const resume = record.data.resume;
  if (typeof resume !== 'string' || isPlainText(resume)) return [];
  return [
    {
      file: record.file,
      line: lineOf(record.at, ['resume']),
      field: 'resume',
      message: 'le résumé est du texte simple, montré tel quel dans les listes et les moteurs de recherche : retirez la mise en forme (gras, liens, listes, titres, balises, codes comme &amp;)',
    },
  ];
};
