import { describe, expect, test } from 'vitest';
import { checkLinks, pagePath, resolveFile, type SitePage } from './link-check.ts';

const page = (file: string, body: string, head = ''): SitePage => ({
  file,
  html: `<!doctype html><html lang="fr"><head><title>t</title>${head}</head><body>${body}</body></html>`,
});

const FILES = new Set([
  '/index.html',
  '/acteurs/index.html',
  '/acteurs/cap-rural/index.html',
  '/_astro/site.css',
  '/favicon.svg',
  '/carte.png',
]);

describe('resolveFile', () => {
  test('serves a folder’s index.html, with or without the final slash, and files as they are', () => {
    expect(resolveFile('/acteurs/', FILES)).toBe('/acteurs/index.html');
    expect(resolveFile('/acteurs', FILES)).toBe('/acteurs/index.html');
    expect(resolveFile('/favicon.svg', FILES)).toBe('/favicon.svg');
    expect(resolveFile('/inconnu/', FILES)).toBeUndefined();
  });
});

describe('pagePath', () => {
  test('turns an index file into its folder address', () => {
    expect(pagePath('/acteurs/cap-rural/index.html')).toBe('/acteurs/cap-rural/');
    expect(pagePath('/index.html')).toBe('/');
    expect(pagePath('/404.html')).toBe('/404.html');
  });
});

describe('checkLinks', () => {
  test('accepts links, relative links, assets and fragments that resolve', () => {
    const pages = [
      page(
        '/index.html',
        '<a href="/acteurs/">a</a> <a href="acteurs/cap-rural/#contact">b</a> <img src="/carte.png" srcset="/carte.png 1x, /favicon.svg 2x" alt="">',
        '<link rel="stylesheet" href="/_astro/site.css"><link rel="icon" href="/favicon.svg">',
      ),
      page('/acteurs/index.html', '<a href="cap-rural/">c</a> <a href="../">accueil</a> <a href="#haut">haut</a><span id="haut"></span>'),
      page(
        '/acteurs/cap-rural/index.html',
        '<h2 id="contact">Contact</h2> <a href="https://www.monalisa-asso.fr/">externe</a> <a href="mailto:x@exemple.fr">m</a> <a href="#">vide</a>',
      ),
    ];
    expect(checkLinks(pages, FILES)).toEqual([]);
  });

  test('reports a link to a missing page, a missing image and a missing fragment', () => {
    const pages = [
      page('/index.html', '<a href="/territoires/">t</a> <img src="/logo.png" alt="Logo"> <a href="/acteurs/cap-rural/#nulle-part">f</a>'),
      page('/acteurs/index.html', ''),
      page('/acteurs/cap-rural/index.html', '<h2 id="contact">Contact</h2>'),
    ];
    const problems = checkLinks(pages, FILES);
    expect(problems.map((p) => [p.where, p.url])).toEqual([
      ['a[href]', '/territoires/'],
      ['a[href]', '/acteurs/cap-rural/#nulle-part'],
      ['img[src]', '/logo.png'],
    ]);
    expect(problems[1]?.reason).toContain('id="nulle-part"');
  });

  test('reports scripts, stylesheets and images taken from another host, but not links to other sites', () => {
    const pages = [
      page(
        '/index.html',
        '<a href="https://exemple.fr/">lien</a> <img src="https://tuiles.exemple.fr/1.png" alt="">',
        '<script src="https://cdn.exemple.fr/a.js"></script><link rel="stylesheet" href="//fonts.exemple.fr/f.css"><link rel="canonical" href="https://cooperations.exemple.org/">',
      ),
    ];
    const problems = checkLinks(pages, FILES);
    expect(problems.map((p) => p.url).sort()).toEqual([
      '//fonts.exemple.fr/f.css',
      'https://cdn.exemple.fr/a.js',
      'https://tuiles.exemple.fr/1.png',
    ]);
    expect(problems.every((p) => p.reason.includes('autre site'))).toBe(true);
  });

  test('checks absolute links to the site’s own address as internal ones', () => {
    const pages = [
      page('/index.html', '<a href="https://site.exemple.org/acteurs/">ok</a> <a href="https://site.exemple.org/perdu/">ko</a>'),
    ];
    expect(checkLinks(pages, FILES, { siteUrl: 'https://site.exemple.org' }).map((p) => p.url)).toEqual([
      'https://site.exemple.org/perdu/',
    ]);
  });

  test('decodes accented paths and fragments', () => {
    const files = new Set(['/index.html', '/thèmes/index.html']);
    const pages = [
      page('/index.html', '<a href="/th%C3%A8mes/#r%C3%A9sum%C3%A9">t</a>'),
      page('/thèmes/index.html', '<h2 id="résumé">R</h2>'),
    ];
    expect(checkLinks(pages, files)).toEqual([]);
  });
});
