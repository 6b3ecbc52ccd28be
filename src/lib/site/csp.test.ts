import { describe, expect, test } from 'vitest';
import { cspDirectives, headerPolicy } from './csp.ts';

describe('cspDirectives', () => {
  test('allows only the site itself by default', () => {
    const directives = cspDirectives();
    expect(directives).toContain("default-src 'self'");
    expect(directives.some((d) => d.startsWith('connect-src'))).toBe(false);
  });

  test('lets the pages reach the basemap and the relay when they are switched on', () => {
    expect(cspDirectives(['https://data.geopf.fr'], ['https://relais.asso.fr'])).toEqual(
      expect.arrayContaining([
        "img-src 'self' data: blob: https://data.geopf.fr",
        "connect-src 'self' https://data.geopf.fr https://relais.asso.fr",
      ]),
    );
  });
});

describe('headerPolicy', () => {
  test('adds frame-ancestors, open only to embeddable pages', () => {
    expect(headerPolicy({ embeddable: false })).toMatch(/; frame-ancestors 'self'$/);
    expect(headerPolicy({ embeddable: true })).toMatch(/; frame-ancestors \*$/);
  });
});
