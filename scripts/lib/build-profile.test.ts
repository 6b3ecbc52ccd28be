import { describe, expect, test } from 'vitest';
import { owner, renderTimeByRoute, routeKind, selfTimeByOwner, type CpuProfile } from './build-profile.ts';

describe('owner', () => {
  test('names the package, the site module, Node or V8 behind a sample', () => {
    expect(owner('file:///repo/node_modules/yaml/dist/parse/lexer.js', 'lex')).toBe('yaml');
    expect(owner('file:///repo/node_modules/@astrojs/compiler-rs/index.js', 'x')).toBe('@astrojs/compiler-rs');
    expect(owner('file:///repo/.astro/.prerender/chunks/records_Bt3FdJZO.mjs', 'getRecords')).toBe('site : records');
    expect(owner('file:///repo/.astro/.prerender/chunks/_virtual_astro_middleware_ZAymsaMO.mjs', 'x')).toBe(
      'site : virtual_astro_middleware',
    );
    expect(owner('file:///repo/.astro/.prerender/chunks/_shard__7zQVOzkP.mjs', 'x')).toBe('site : shard');
    expect(owner('node:internal/fs/promises', 'mkdir')).toBe('node');
    expect(owner('', '(garbage collector)')).toBe('(garbage collector)');
    expect(owner('', 'writeUtf8String')).toBe('(writeUtf8String)');
  });
});

describe('selfTimeByOwner', () => {
  test('sums self time by owner, most first, without idle time', () => {
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: { functionName: '(idle)', url: '' } },
        { id: 2, callFrame: { functionName: 'parse', url: 'file:///r/node_modules/yaml/a.js' } },
        { id: 3, callFrame: { functionName: 'render', url: 'file:///r/.astro/.prerender/chunks/page_AbCdEfGh.mjs' } },
      ],
      samples: [1, 2, 3, 2, 1],
      timeDeltas: [5_000_000, 1_000_000, 500_000, 2_000_000, 5_000_000],
    };
    expect(selfTimeByOwner(profile)).toEqual({
      busySeconds: 3.5,
      shares: [
        { name: 'yaml', seconds: 3 },
        { name: 'site : page', seconds: 0.5 },
      ],
    });
  });
});

describe('routeKind and renderTimeByRoute', () => {
  test('groups generated files by first folder and written extension', () => {
    expect(routeKind('/index.html')).toBe('/');
    expect(routeKind('/acteurs/index.html')).toBe('acteurs/');
    expect(routeKind('/acteurs/cap-rural/index.html')).toBe('acteurs/…');
    expect(routeKind('/communes/22.json')).toBe('communes/….json');
    expect(routeKind('/contribuer/fiches/acteurs/cap-rural.json')).toBe('contribuer/….json');
    expect(routeKind('/404.html')).toBe('404.html');
  });

  test('sums Astro’s per-file times by kind, milliseconds and seconds alike', () => {
    const log = [
      '07:28:01   ├─ /acteurs/a/index.html (+54ms) ',
      '07:28:01   ├─ /acteurs/b/index.html (+1.5s) ',
      '07:28:01   └─ /communes/22.json (+4ms) ',
      '07:28:01 [build] ✓ Completed in 18.95s.',
    ].join('\n');
    expect(renderTimeByRoute(log)).toEqual([
      { kind: 'acteurs/…', files: 2, seconds: 1.554 },
      { kind: 'communes/….json', files: 1, seconds: 0.004 },
    ]);
  });
});
