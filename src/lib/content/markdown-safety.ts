// Record bodies are written by anyone who opens a pull request: raw HTML is shown
// as text, and only safe link targets survive.
import type { MdastPluginDefinition } from 'satteri';

const SAFE_URL = /^(https?:|mailto:|tel:|#|\/|\.{0,2}\/|[^:]*$)/i;

/** True for a link target that cannot run script: web, mail, phone, or relative. */
export function isSafeUrl(url: string): boolean {
  // Browsers ignore control characters and spaces inside a scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, '');
  return SAFE_URL.test(compact);
}

/** A path on this site (`/images/x.png`), never another host (`https:`, `//host`, `data:`): an image is fetched by every reader. */
export function isLocalImage(url: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, '');
  return !/^[a-z][a-z0-9+.-]*:/i.test(compact) && !compact.startsWith('//') && !compact.startsWith('\\\\');
}

export const safeMarkdown: MdastPluginDefinition = {
  name: 'safe-markdown',
  html(node, ctx) {
    const parent = ctx.parent(node)?.type;
    const text = { type: 'text' as const, value: node.value };
    // A block of HTML becomes a paragraph of text; inline HTML stays inline text.
    return parent === 'root' || parent === 'blockquote' || parent === 'listItem'
      ? { type: 'paragraph' as const, children: [text] }
      : text;
  },
  link(node) {
    if (isSafeUrl(node.url)) return undefined;
    return { ...node, url: '#', title: null };
  },
  image(node) {
    if (isSafeUrl(node.url) && isLocalImage(node.url)) return undefined;
    return { type: 'text' as const, value: node.alt ?? '' };
  },
  definition(node) {
    if (isSafeUrl(node.url)) return undefined;
    return { ...node, url: '#' };
  },
};
