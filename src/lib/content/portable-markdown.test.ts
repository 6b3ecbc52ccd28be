import { markdownToMdast } from 'satteri';
import { describe, expect, test } from 'vitest';
import { portableMarkdown } from './portable-markdown.ts';
import type { MarkdownNode } from './rules/context.ts';

/** What the rules read of a tree: types, texts, addresses, identifiers and lines. */
const shape = (n: MarkdownNode): unknown => ({
  type: n.type,
  value: n.value,
  url: n.url,
  identifier: n.identifier,
  line: n.position?.start.line,
  children: n.children?.map(shape),
});

describe('portableMarkdown', () => {
  test('reads Markdown as the site’s parser does (CommonMark, GFM, front matter)', () => {
    const samples = [
      'l’asso -- et... "x"',
      'voir https://exemple.fr ici, ou www.exemple.fr',
      'a *b* **c** `d`',
      '&amp; x \\* y',
      '# Titre\n\n- a\n- b\n\n1. un',
      '> citation',
      'a\nb',
      '<b>x</b> <!-- c -->',
      'contact@exemple.fr',
      '![a](http://exemple.org/y.png "t")',
      'x\n\n![a][r] ![r]\n\n[r]: https://exemple.org/i.png',
      '~~barré~~ [lien](https://exemple.fr)',
      'a | b\n--|--\n1|2',
      '---\na: 1\n---\ntexte',
      'x[^1]\n\n[^1]: note',
      '    code\n\n```js\n![x](http://e.org/i.png)\n```',
      '<img src="http://exemple.org/i.png">',
    ];
    for (const s of samples) expect(shape(portableMarkdown(s)), s).toEqual(shape(markdownToMdast(s)));
  });
});
