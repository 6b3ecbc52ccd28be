import { describe, expect, test } from 'vitest';
import { headerRules, headersFile, nginxSiteConf } from './headers.ts';

describe('headerRules', () => {
  test('gives every kind of path the same security headers, differing only in framing, WebAssembly and caching', () => {
    const rules = headerRules();
    const names = rules.map((r) => Object.keys(r.headers).sort().join());
    expect(new Set(names).size).toBe(1);
    expect(rules.filter((r) => r.headers['Content-Security-Policy']?.endsWith('frame-ancestors *')).map((r) => r.patterns)).toEqual([
      ['/integrer/:territoire/'],
    ]);
    expect(rules.filter((r) => r.headers['Cache-Control']?.includes('immutable')).flatMap((r) => r.patterns)).toEqual([
      '/_astro/*',
      '/pagefind/fragment/*',
      '/pagefind/index/*',
      '/pagefind/filter/*',
    ]);
  });
});

describe('headersFile', () => {
  test('puts the base path in front of each pattern and detaches the general policy where another replaces it', () => {
    const text = headersFile(headerRules(), '/centre-de-ressources/');
    expect(text).toMatch(/^\/centre-de-ressources\/\*$/m);
    expect(text).toContain('/centre-de-ressources/integrer/:territoire/\n  ! Content-Security-Policy\n  Content-Security-Policy: ');
  });
});

describe('nginxSiteConf', () => {
  test('repeats every header with « always » in each location, since nginx does not inherit them', () => {
    const conf = nginxSiteConf(headerRules());
    for (const rule of headerRules()) {
      const block = conf.slice(conf.indexOf(`location ${rule.location} {`)).split('\n}')[0] ?? '';
      expect(block.match(/add_header .* always;/g)).toHaveLength(Object.keys(rule.headers).length);
    }
    expect(conf).toContain('error_page 404 /404.html;');
  });
});
