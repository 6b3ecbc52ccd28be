// The Markdown file a proposal becomes (YAML front matter + text), and the GitHub
// address that opens it, filled in, in the repository's « new file » page.

type Value = string | number | boolean | Value[] | { [key: string]: Value | undefined } | undefined;

// Plain YAML scalars that read back as the same text under both YAML 1.1 and 1.2
// readers; anything else is double-quoted (JSON strings are valid YAML).
const PLAIN = /^[\p{L}\p{N}][\p{L}\p{N} ’'«».,;()/?!@&+–—-]*$/u;
const AMBIGUOUS = /^(true|false|yes|no|on|off|y|n|null|~|[-+]?(\d[\d_]*)?\.?\d+([eE][-+]?\d+)?|0x[0-9a-f]+|0o[0-7]+|\d{4}-\d{2}-\d{2}.*)$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)$/;

function scalar(v: string | number | boolean): string {
  if (typeof v !== 'string') return String(v);
  // Dates are written bare (2026-01-10), as in every record of the repository.
  if (DAY.test(v) || DATETIME.test(v)) return v;
  return PLAIN.test(v) && !/^\d/.test(v) && !AMBIGUOUS.test(v) && !v.includes(': ') && !v.includes(' #') ? v : JSON.stringify(v);
}

const isEmpty = (v: Value): boolean =>
  v === undefined ||
  v === '' ||
  (Array.isArray(v) && v.length === 0) ||
  (typeof v === 'object' && !Array.isArray(v) && Object.values(v).every(isEmpty));

function lines(key: string, value: Value, indent: string): string[] {
  if (isEmpty(value)) return [];
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== 'object')) {
      // Short lists of codes stay on one line (`themes: [gouvernance, formation]`); sentences go one per line.
      // Inside brackets a comma would split a sentence in two, so such texts are quoted.
      const flow = value.map((v) => (typeof v === 'string' && /[,[\]{}]/.test(v) ? JSON.stringify(v) : scalar(v as string)));
      const line = `${indent}${key}: [${flow.join(', ')}]`;
      if (line.length <= 100) return [line];
      return [`${indent}${key}:`, ...value.map((v) => `${indent}  - ${scalar(v as string)}`)];
    }
    return [`${indent}${key}:`, ...value.flatMap((item) => listItem(item, `${indent}  `))];
  }
  if (typeof value === 'object') return [`${indent}${key}:`, ...Object.entries(value).flatMap(([k, v]) => lines(k, v, `${indent}  `))];
  return [`${indent}${key}: ${scalar(value as string | number | boolean)}`];
}

function listItem(item: Value, indent: string): string[] {
  if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
    const inner = Object.entries(item).flatMap(([k, v]) => lines(k, v, `${indent}  `));
    if (inner.length === 0) return [];
    return [`${indent}- ${(inner[0] as string).trimStart()}`, ...inner.slice(1)];
  }
  return [`${indent}- ${scalar(item as string)}`];
}

/** YAML front matter of `data`, keys in their order; empty values are left out. */
export function frontmatter(data: Record<string, Value>): string {
  return Object.entries(data)
    .flatMap(([k, v]) => lines(k, v, ''))
    .join('\n');
}

export function recordFile(data: Record<string, Value>, body: string): string {
  const text = body.replace(/\r\n/g, '\n').trim();
  return `---\n${frontmatter(data)}\n---\n${text ? `\n${text}\n` : ''}`;
}

/**
 * GitHub answers « 414 URI Too Long » past about 8 KB of address, and some proxies
 * cut earlier: past this length the form offers the download instead.
 */
export const MAX_URL_LENGTH = 8000;

export type NewFileLink = { ok: true; url: string } | { ok: false; length: number };

/** `https://github.com/OWNER/REPO/new/BRANCH?filename=…&value=…`, or why not. */
export function githubNewFileUrl(depot: string, branche: string, file: string, content: string, max = MAX_URL_LENGTH): NewFileLink {
  const base = depot.replace(/\/+$/, '').replace(/\.git$/, '');
  const url = `${base}/new/${encodeURIComponent(branche)}?filename=${encodeURIComponent(file)}&value=${encodeURIComponent(content)}`;
  return url.length <= max ? { ok: true, url } : { ok: false, length: url.length };
}
