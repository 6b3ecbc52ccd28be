// Reads pages of a built site.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { MAIN_DIST } from './build.ts';

export function pageFile(route: string, dist = MAIN_DIST): string {
  return path.join(dist, route.replace(/^\//, ''), route.endsWith('.html') ? '' : 'index.html');
}

export function readPage(route: string, dist = MAIN_DIST): Document {
  const file = pageFile(route, dist);
  if (!existsSync(file)) throw new Error(`Page absente du site construit : ${route}`);
  return parseHTML(readFileSync(file, 'utf8')).document;
}

/** Every HTML file of the build, as routes. */
export function allRoutes(dist = MAIN_DIST): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html')) out.push(`/${path.relative(dist, p).split(path.sep).join('/')}`.replace(/index\.html$/, ''));
    }
  };
  walk(dist);
  return out.sort();
}

/** The hrefs of the links inside a part of a page. */
export function hrefs(root: ParentNode, selector = 'a'): string[] {
  return [...root.querySelectorAll(selector)].map((a) => a.getAttribute('href') ?? '');
}
