import { describe, expect, test } from 'vitest';
import { normaliseBase, pageAddress, pageFile, withBase, withoutBase } from './paths.ts';

describe('normaliseBase', () => {
  test('gives a slash at each end whatever the maintainer typed', () => {
    expect(normaliseBase('centre-de-ressources')).toBe('/centre-de-ressources/');
    expect(normaliseBase('/centre-de-ressources')).toBe('/centre-de-ressources/');
    expect(normaliseBase(' /a/b// ')).toBe('/a/b/');
  });

  test('is the root when unset or empty', () => {
    expect(normaliseBase(undefined)).toBe('/');
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('/')).toBe('/');
  });
});

describe('withBase', () => {
  test('prefixes a site path with the base', () => {
    expect(withBase('/acteurs/x/', '/centre-de-ressources/')).toBe('/centre-de-ressources/acteurs/x/');
    expect(withBase('/', '/centre-de-ressources/')).toBe('/centre-de-ressources/');
    expect(withBase('/recherche/?q=a', '/b/')).toBe('/b/recherche/?q=a');
  });

  test('leaves paths unchanged at the root of a domain', () => {
    expect(withBase('/rss.xml', '/')).toBe('/rss.xml');
  });

  test('refuses a relative path, which would resolve differently on each page', () => {
    expect(() => withBase('acteurs/', '/b/')).toThrow(/commence par « \/ »/);
  });
});

describe('withoutBase', () => {
  test('gives back the site path of a location', () => {
    expect(withoutBase('/b/carte/', '/b/')).toBe('/carte/');
    expect(withoutBase('/b/', '/b/')).toBe('/');
    expect(withoutBase('/carte/', '/')).toBe('/carte/');
  });
});

describe('pageFile and pageAddress', () => {
  test('give the file of a page and back, under a base or at the root', () => {
    for (const base of ['/', '/centre-de-ressources/']) {
      for (const [page, file] of [
        ['', 'index.html'],
        ['acteurs/x/', 'acteurs/x/index.html'],
        ['404', '404.html'],
        ['territoires/côtes-d-armor/', 'territoires/côtes-d-armor/index.html'],
      ] as const) {
        expect(pageFile(encodeURI(`${base}${page}`), base)).toBe(file);
        expect(pageAddress(file, base)).toBe(encodeURI(`${base}${page}`));
      }
      expect(pageFile(`${base}404.html`, base)).toBe('404.html');
      // As Astro renders the error page, with the site's trailing slash.
      expect(pageFile(`${base}404/`, base)).toBe('404.html');
    }
  });
});
