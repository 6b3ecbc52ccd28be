// The built pages through the Nu Html Checker (the W3C's validator, stricter than
// html-validate on the document's structure), and every inline script allowed by its hash.
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { MAIN_DIST, ROOT } from '../helpers/build.ts';
import { formatNuMessages, HAS_JAVA, nuCheck, readHtml, unhashedInlineScripts } from '../helpers/nu-checker.ts';
import { distFiles } from '../helpers/quality.ts';

const FIXTURES = path.join(ROOT, 'tests/fixtures/nu');

describe.skipIf(!HAS_JAVA)('the Nu Html Checker', () => {
  test('finds nothing on any built page (one Java run for them all)', () => {
    const messages = nuCheck([MAIN_DIST]);
    expect(messages, formatNuMessages(messages)).toEqual([]);
  });

  test('catches what html-validate misses: a script written after </html>', () => {
    const messages = nuCheck([path.join(ROOT, 'tests/fixtures/quality/good.html'), path.join(FIXTURES, 'script-after-html.html')]);
    expect(messages.filter((m) => m.file.endsWith('good.html'))).toEqual([]);
    expect(messages.filter((m) => m.file.endsWith('script-after-html.html')).map((m) => m.message)).toContain('Stray start tag “script”.');
  });
});

describe('inline scripts', () => {
  test('every inline script of every built page has its hash in the page’s Content-Security-Policy', () => {
    const pages = distFiles(MAIN_DIST).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    const problems = pages.flatMap((f) =>
      unhashedInlineScripts(readHtml(path.join(MAIN_DIST, f))).map((code) => `${f} : ${code.slice(0, 80)}`),
    );
    expect(problems).toEqual([]);
  });

  test('the check catches a script that only runs because it sits before the policy, and ignores data blocks', () => {
    expect(unhashedInlineScripts(readHtml(path.join(FIXTURES, 'unhashed-script.html')))).toEqual([
      "document.documentElement.classList.add('js')",
    ]);
  });
});
