import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { isLocalImage, isSafeUrl, safeMarkdown } from './markdown-safety.ts';

describe('isSafeUrl', () => {
  test('accepts web, mail, phone, relative and fragment links', () => {
    const urls = ['https://exemple.fr/', 'http://exemple.fr', 'mailto:contact@exemple.fr', 'tel:+33100000000', '/pratiques/x/', '../x', './x', '#arbre', 'page.html', 'HTTPS://EXEMPLE.FR'];
    for (const url of urls) expect(isSafeUrl(url), url).toBe(true);
    expect(urls).toHaveLength(10);
  });

  test('refuses script and data schemes, however they are disguised', () => {
    const urls = ['javascript:alert(1)', 'JavaScript:alert(1)', 'java\tscript:alert(1)', ' javascript:alert(1)', 'java\u007fscript:x', 'data:text/html,<script>', 'vbscript:x', 'x/javascript:y', 'xhttps://e.fr'];
    for (const url of urls) expect(isSafeUrl(url), url).toBe(false);
    expect(urls).toHaveLength(9);
  });
});

describe('isLocalImage', () => {
  test('accepts a path on this site, never another host', () => {
    expect(['/images/a.png', 'images/a.png', '../a.png', 'a.png', '/images/plan:rdc.png'].filter(isLocalImage)).toHaveLength(5);
    const remote = ['https://exemple.org/a.png', 'HTTP://exemple.org/a.png', '//exemple.org/a.png', ' //exemple.org/a.png', '\\\\serveur\\a.png', 'data:image/png;base64,AAAA', 'd\tata:image/png,x', 'x-y.z+1:a'];
    expect(remote.filter(isLocalImage)).toEqual([]);
    expect(remote).toHaveLength(8);
  });
});

describe('safeMarkdown', () => {
  const render = async (md: string) => (await markdownToHtml(md, { mdastPlugins: [safeMarkdown], features: { gfm: true } })).html.trim();

  test('shows raw HTML as text: a block as a paragraph, inline HTML where it was', async () => {
    expect(await render('<div onclick="x()">bloc</div>')).toBe('<p>&lt;div onclick="x()"&gt;bloc&lt;/div&gt;</p>');
    expect(await render('> <div>citation</div>')).toBe('<blockquote>\n<p>&lt;div&gt;citation&lt;/div&gt;</p>\n</blockquote>');
    expect(await render('- a\n\n- <div>point</div>')).toBe('<ul>\n<li>\n<p>a</p>\n</li>\n<li>\n<p>&lt;div&gt;point&lt;/div&gt;</p>\n</li>\n</ul>');
    expect(await render('a <b>gras</b> c')).toBe('<p>a &lt;b&gt;gras&lt;/b&gt; c</p>');
  });

  test('keeps safe links and defuses the others, with their title', async () => {
    expect(await render('[ok](/p/ "titre")')).toBe('<p><a href="/p/" title="titre">ok</a></p>');
    expect(await render('[x](javascript:alert(1) "titre")')).toBe('<p><a href="#">x</a></p>');
    expect(await render('[r]: /ok\n\n[lien][r]')).toBe('<p><a href="/ok">lien</a></p>');
    expect(await render('[r]: javascript:x\n\n[lien][r]')).toBe('<p><a href="#">lien</a></p>');
  });

  test('keeps images of this site; another host’s image becomes its text', async () => {
    expect(await render('![Une salle](/images/salle.png)')).toBe('<p><img src="/images/salle.png" alt="Une salle"></p>');
    expect(await render('![Une salle](https://exemple.org/salle.png)')).toBe('<p>Une salle</p>');
    expect(await render('![Une salle](javascript:x)')).toBe('<p>Une salle</p>');
  });
});
