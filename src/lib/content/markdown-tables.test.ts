import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { markdownTables } from './markdown-tables.ts';

const render = async (md: string) => (await markdownToHtml(md, { hastPlugins: [markdownTables], features: { gfm: true } })).html;

describe('markdownTables', () => {
  test('turns column alignment into classes, leaving no style attribute for the CSP to block', async () => {
    const html = await render('| Date | Nombre | Milieu |\n|:---|---:|:-:|\n| 2016 | 33 | x |\n');
    expect(html).not.toContain('style=');
    expect(html).toContain('<th class="align-left">Date</th>');
    expect(html).toContain('<td class="align-right">33</td>');
    expect(html).toContain('<td class="align-center">x</td>');
  });

  test('leaves cells without alignment untouched', async () => {
    expect(await render('| a |\n|---|\n| 1 |\n')).toContain('<td>1</td>');
  });

  test('puts each table in a focusable scrolling region, so a wide table does not widen the page', async () => {
    const html = await render('Avant.\n\n| a |\n|---|\n| 1 |\n');
    expect(html).toMatch(/<section class="table-scroll" tabindex="0" aria-label="Tableau">\s*<table>/);
    expect(html).toMatch(/<\/table>\s*<\/section>/);
  });
});
