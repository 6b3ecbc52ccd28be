import { markdownToHtml, type HastPluginDefinition } from 'satteri';
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

  test('reads an alignment however it is written, keeps the cell’s classes, and drops any other style', async () => {
    // What another plugin before this one may have left on a cell.
    const styled = (style: string, className?: string[]): HastPluginDefinition => ({
      name: 'styled-cell',
      element: {
        filter: ['td'],
        visit(node, ctx) {
          ctx.setProperty(node, 'style', style);
          if (className) ctx.setProperty(node, 'className', className);
        },
      },
    });
    const cell = async (style: string, className?: string[]) =>
      /<td[^>]*>1<\/td>/.exec((await markdownToHtml('| a |\n|---|\n| 1 |\n', { hastPlugins: [styled(style, className), markdownTables], features: { gfm: true } })).html)?.[0];
    expect(await cell('TEXT-ALIGN:RIGHT;', ['note'])).toBe('<td class="note align-right">1</td>');
    expect(await cell('  text-align:  center ; ')).toBe('<td class="align-center">1</td>');
    expect(await cell('text-align: justify')).toBe('<td>1</td>');
    expect(await cell('color: red; text-align: left')).toBe('<td>1</td>');
    expect(await cell('text-align: left; color: red')).toBe('<td>1</td>');
  });
});
