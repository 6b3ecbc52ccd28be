// The built site's files, without a browser: valid HTML (html-validate, .htmlvalidate.mjs) and
// references that resolve (src/lib/link-check.ts), on every HTML file of the build.
import { describe, expect, test } from 'vitest';
import { SITE } from '../../src/site-config.ts';
import { MAIN_DIST } from '../helpers/build.ts';
import { checkDistLinks, formatHtmlErrors, formatLinkProblems, htmlRoutes, validateHtml } from '../helpers/quality.ts';

describe('the built site', () => {
  test('has pages to check', () => {
    expect(htmlRoutes(MAIN_DIST)).toContain('/');
  });

  test('every HTML file is valid for html-validate', async () => {
    const errors = await validateHtml(MAIN_DIST);
    expect(errors, formatHtmlErrors(errors)).toEqual([]);
  });

  test('every internal link, image, stylesheet, script and #fragment resolves, and nothing loads from another host', () => {
    const problems = checkDistLinks(MAIN_DIST, SITE.url);
    expect(problems, formatLinkProblems(problems)).toEqual([]);
  });
});
