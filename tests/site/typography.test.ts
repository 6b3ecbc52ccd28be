// French typography on the built site: no page's text has a breakable space before « : ; ! ? »
// or inside « », nor a straight apostrophe, in the text readers see (code and scripts aside).
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { allRoutes, pageFile, readPage } from '../helpers/dist.ts';

/** The text readers see: the title and the body, without scripts, styles and code. */
function readerText(route: string): string {
  const doc = readPage(route);
  for (const el of doc.querySelectorAll('script, style, code, pre, kbd, samp, textarea, template, noscript')) el.remove();
  return `${doc.querySelector('title')?.textContent ?? ''}\n${doc.body?.textContent ?? ''}`;
}

const BREAKABLE_BEFORE = /[ \t\n\r]+[:;!?](?=\s|$)/g;
const BREAKABLE_IN_GUILLEMETS = /«[ \t\n\r]|[ \t\n\r]»/g;

describe('French typography', () => {
  const routes = allRoutes();

  test('the build has pages to check', () => {
    expect(routes.length).toBeGreaterThan(100);
  });

  test('no page has a breakable space before : ; ! ? or inside « »', () => {
    const faults: string[] = [];
    for (const route of routes) {
      const text = readerText(route);
      for (const m of [...text.matchAll(BREAKABLE_BEFORE), ...text.matchAll(BREAKABLE_IN_GUILLEMETS)]) {
        faults.push(`${route} : « ${text.slice(Math.max(0, m.index - 30), m.index + 10).replace(/\s+/g, ' ')} »`);
      }
    }
    expect(faults).toEqual([]);
  });

  test('no word is glued to the link or code that follows it (a line break lost in the template)', () => {
    const glued = /[\p{Ll},:;]<(?:a|code|strong|em|select|abbr|time)\b/u;
    const faults = routes.filter((route) => {
      const body = /<body[\s\S]*<\/body>/.exec(readFileSync(pageFile(route), 'utf8'))?.[0] ?? '';
      return glued.test(body.replace(/<(script|style|textarea)\b[\s\S]*?<\/\1>/g, ''));
    });
    expect(faults).toEqual([]);
  });

  test('no page writes a straight apostrophe in its text', () => {
    const faults = routes.filter((route) => readerText(route).includes("'"));
    expect(faults).toEqual([]);
  });

  test('territory names carry the typographic apostrophe in titles', () => {
    expect(readPage('/territoires/22/').querySelector('h1')!.textContent).toBe('Côtes-d’Armor (22)');
    expect(readPage('/territoires/22/').querySelector('title')!.textContent).toContain('Côtes-d’Armor');
  });
});
