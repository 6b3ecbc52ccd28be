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
  return micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}
