import { describe, expect, test } from 'vitest';
import { markdownPreviewHtml } from './markdown-preview.ts';

describe('markdownPreviewHtml', () => {
  test('renders paragraphs, bold, lists and links as the site does', () => {
    expect(markdownPreviewHtml('Un **bon** début.\n\n- un\n- deux\n\n[MONALISA](https://www.monalisa-asso.fr/)')).toBe(
      '<p>Un <strong>bon</strong> début.</p>\n<ul>\n<li>un</li>\n<li>deux</li>\n</ul>\n<p><a href="https://www.monalisa-asso.fr/">MONALISA</a></p>',
    );
  });
  test('puts tables in the site’s scrolling box, alignment as a class', () => {
    expect(markdownPreviewHtml('| a | b |\n|--:|---|\n| 1 | 2 |')).toBe(
      '<section class="table-scroll" tabindex="0" aria-label="Tableau"><table>\n<thead>\n<tr>\n<th class="align-right">a</th>\n<th>b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td class="align-right">1</td>\n<td>2</td>\n</tr>\n</tbody>\n</table></section>',
    );
  });
  test('shows raw HTML as text', () => {
    expect(markdownPreviewHtml('<script>alert(1)</script>\n\nUn <img src=x onerror=alert(1)> texte')).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt;\n<p>Un &lt;img src=x onerror=alert(1)&gt; texte</p>',
    );
  });
  test('a link that could run script leads nowhere', () => {
    expect(markdownPreviewHtml('[clic](javascript:alert(1))')).toBe('<p><a href="">clic</a></p>');
  });
});
