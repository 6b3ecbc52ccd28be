// Checks the references of a built site without a server: every internal link,
// image, stylesheet, script and #fragment must resolve to a file of the build,
// and no page may load anything from another host (the site promises privacy).
import { parseHTML } from 'linkedom';

export interface SitePage {
  /** Path of the HTML file inside the build, with a leading slash: `/acteurs/index.html`. */
  file: string;
  html: string;
}

export interface LinkProblem {
  /** The page's file, as given. */
  page: string;
  /** Where the reference was found: `a[href]`, `img[src]`… */
  where: string;
  url: string;
  /** In French, for whoever fixes it. */
  reason: string;
}

export interface LinkCheckOptions {
  /** The public address of the site: absolute links to it are checked as internal ones. */
  siteUrl?: string;
}

// Attributes that hold a URL, and whether the browser fetches it by itself (a subresource)
// rather than on the reader's request (a link).
const REFERENCES: Array<{ selector: string; attr: string; subresource: boolean; list?: boolean }> = [
  { selector: 'a[href]', attr: 'href', subresource: false },
  { selector: 'area[href]', attr: 'href', subresource: false },
  { selector: 'form[action]', attr: 'action', subresource: false },
  { selector: 'link[href]', attr: 'href', subresource: true },
  { selector: 'script[src]', attr: 'src', subresource: true },
  { selector: 'img[src]', attr: 'src', subresource: true },
  { selector: 'img[srcset]', attr: 'srcset', subresource: true, list: true },
  { selector: 'source[src]', attr: 'src', subresource: true },
  { selector: 'source[srcset]', attr: 'srcset', subresource: true, list: true },
  { selector: 'video[src]', attr: 'src', subresource: true },
  { selector: 'video[poster]', attr: 'poster', subresource: true },
  { selector: 'audio[src]', attr: 'src', subresource: true },
  { selector: 'track[src]', attr: 'src', subresource: true },
  { selector: 'iframe[src]', attr: 'src', subresource: true },
  { selector: 'embed[src]', attr: 'src', subresource: true },
  { selector: 'object[data]', attr: 'data', subresource: true },
  { selector: 'use[href]', attr: 'href', subresource: true },
  { selector: 'image[href]', attr: 'href', subresource: true },
];

// <link> relations that only name a page (the canonical address, a feed) and load nothing.
const NAMING_RELS = new Set(['canonical', 'alternate', 'author', 'license', 'help', 'me', 'next', 'prev', 'search', 'bookmark']);

const LOCAL_ORIGIN = 'http://site.local';

/** The file a site path is served from, or undefined when none exists (directory index as static hosts do). */
export function resolveFile(pathname: string, files: ReadonlySet<string>): string | undefined {
  if (pathname.endsWith('/')) return files.has(`${pathname}index.html`) ? `${pathname}index.html` : undefined;
  if (files.has(pathname)) return pathname;
  if (files.has(`${pathname}/index.html`)) return `${pathname}/index.html`;
  return undefined;
}

/** The public path of an HTML file: `/acteurs/index.html` → `/acteurs/`. */
export function pagePath(file: string): string {
  return file.replace(/(^|\/)index\.html$/, '$1');
}

/** The ids (and old-style anchor names) a page can be scrolled to. */
export function fragmentTargets(html: string): Set<string> {
  const { document } = parseHTML(html);
  const ids = new Set<string>();
  for (const el of document.querySelectorAll('[id]')) ids.add(el.getAttribute('id') ?? '');
  for (const el of document.querySelectorAll('a[name]')) ids.add(el.getAttribute('name') ?? '');
  return ids;
}

/**
 * Every broken internal reference and every subresource taken from another host, in all `pages`.
 * `files` is the set of every file of the build (HTML or not), as `/path/name.ext`.
 */
export function checkLinks(pages: readonly SitePage[], files: ReadonlySet<string>, options: LinkCheckOptions = {}): LinkProblem[] {
  const siteOrigin = options.siteUrl ? new URL(options.siteUrl).origin : undefined;
  const htmlByFile = new Map(pages.map((p) => [p.file, p.html]));
  const targetsCache = new Map<string, Set<string>>();
  const targetsOf = (file: string): Set<string> | undefined => {
    if (!targetsCache.has(file)) {
      const html = htmlByFile.get(file);
      if (html === undefined) return undefined;
      targetsCache.set(file, fragmentTargets(html));
    }
    return targetsCache.get(file);
  };

  const problems: LinkProblem[] = [];
  for (const page of pages) {
    const { document } = parseHTML(page.html);
    const base = new URL(pagePath(page.file), LOCAL_ORIGIN);
    for (const ref of REFERENCES) {
      for (const el of document.querySelectorAll(ref.selector)) {
        const value = (el.getAttribute(ref.attr) ?? '').trim();
        const subresource =
          ref.subresource &&
          !(el.localName === 'link' && (el.getAttribute('rel') ?? '').split(/\s+/).every((r) => NAMING_RELS.has(r.toLowerCase())));
        const urls = ref.list ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value];
        for (const raw of urls) {
          const where = `${el.localName}[${ref.attr}]`;
          const report = (reason: string) => problems.push({ page: page.file, where, url: raw, reason });
          if (raw === '') {
            if (ref.attr !== 'action') report('adresse vide');
            continue;
          }
          let url: URL;
          try {
            url = new URL(raw, base);
          } catch {
            report('adresse invalide');
            continue;
          }
          const internal = url.origin === LOCAL_ORIGIN || (siteOrigin !== undefined && url.origin === siteOrigin);
          if (!internal) {
            if (subresource && url.protocol !== 'data:')
              report('ressource chargée depuis un autre site (interdit : le site ne fait appel à aucun autre serveur)');
            continue;
          }
          let pathname: string;
          try {
            pathname = decodeURIComponent(url.pathname);
          } catch {
            report('adresse mal encodée');
            continue;
          }
          const file = resolveFile(pathname, files);
          if (!file) {
            report(`aucun fichier ne correspond à ${pathname}`);
            continue;
          }
          const fragment = url.hash.slice(1);
          if (fragment === '' || fragment === 'top') continue;
          const targets = targetsOf(file);
          if (targets && !targets.has(decodeURIComponent(fragment)))
            report(`aucun élément id="${decodeURIComponent(fragment)}" dans ${pagePath(file)}`);
        }
      }
    }
  }
  return problems;
}
