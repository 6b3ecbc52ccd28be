// The record's text in the form's preview, with the site's safety rules: raw HTML is shown
// as text and a link that could run script leads nowhere. The site renders with satteri,
// whose browser build needs a WebAssembly runtime; micromark (CommonMark + GFM, safe by
// default) gives the same HTML for what contributors write, in a small script loaded only
// when the preview has text to show.
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

export function markdownPreviewHtml(markdown: string): string {
  // Without allowDangerousHtml, raw HTML is escaped; without allowDangerousProtocol, only
  // http(s), mailto, tel… targets survive.
  const html = micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
  // Tables as the site shows them (src/lib/content/markdown-tables.ts): in a box that scrolls,
  // alignment as a class. micromark writes these tags itself, always in this exact form.
  return html
    .replaceAll('<table>', '<section class="table-scroll" tabindex="0" aria-label="Tableau"><table>')
    .replaceAll('</table>', '</table></section>')
    .replace(/<(th|td) align="(left|center|right)">/g, '<$1 class="align-$2">');
}
