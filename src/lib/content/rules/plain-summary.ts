// `resume` is shown as text in lists, search results, feeds and meta descriptions:
// it must read the same once parsed as Markdown. Parsed with the site's own
// Markdown parser (from the context) rather than guessed with patterns.
import { lineOf } from '../positions.ts';
import type { MarkdownNode as Node, RuleContext } from './context.ts';
import type { RecordRule } from './types.ts';

const textOf = (n: Node): string => n.value ?? (n.children ?? []).map(textOf).join('');

/** Lines and spaces collapsed: a text written over several lines reads as one line. */
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * True when Markdown sees only text in `s` (a bare web address counts as text), which reads
 * exactly as written. A title, a list, a quote or a second paragraph fails the same test:
 * its text is not read as written, or is not text.
 */
export function isPlainText(s: string, markdown: RuleContext['markdown']): boolean {
  const inline = (markdown(s).children ?? []).flatMap((block) => block.children ?? []);
  // Text, or a link whose text is its address (only a link has one): a bare web address.
  const plain = inline.every((n) => n.type === 'text' || textOf(n) === n.url);
  // An escape or an entity (`\*`, `&amp;`) is markup too: the text must come out unchanged.
  return plain && flat(inline.map(textOf).join('')) === flat(s);
}

export const plainSummary: RecordRule = (record, { markdown }) => {
  const resume = record.data.resume;
  if (typeof resume !== 'string' || isPlainText(resume, markdown)) return [];
  return [
    {
      file: record.file,
      line: lineOf(record.at, ['resume']),
      field: 'resume',
      message: 'le résumé est du texte simple, montré tel quel dans les listes et les moteurs de recherche : retirez la mise en forme (gras, liens, listes, titres, balises, codes comme &amp;)',
    },
  ];
};
