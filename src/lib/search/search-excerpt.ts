// Pagefind's excerpts are HTML: escaped page text with <mark> around the matched
// words. The search page builds them as text nodes and <mark> elements rather than
// through innerHTML, so that nothing in an excerpt can ever run.

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}

export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m.index > last) parts.push({ text: decode(stripTags(html.slice(last, m.index))), mark: false });
    parts.push({ text: decode(stripTags(m[1] ?? '')), mark: true });
    last = re.lastIndex;
  }
  if (last < html.length) parts.push({ text: decode(stripTags(html.slice(last))), mark: false });
  return parts.filter((p) => p.text !== '');
}

function stripTags(s: string): string {
  return s.replace(/<[^>]*>/g, '');
}
