// Tables written in record bodies, made to fit the site:
// - Markdown aligns columns with `style="text-align: …"` attributes, which the site's
//   Content-Security-Policy blocks (style-src has no 'unsafe-inline'): the alignment would be lost
//   and the browser would log an error. The same alignment, as a class of global.css.
// - A wide table must not widen the page on a phone (WCAG 1.4.10): it scrolls in its own box,
//   which keyboard users can focus to scroll and screen readers announce as a region.
import type { HastPluginDefinition } from 'satteri';

const ALIGN = /^\s*text-align:\s*(left|center|right)\s*;?\s*$/i;

export const markdownTables: HastPluginDefinition = {
  name: 'markdown-tables',
  element: {
    filter: ['table', 'th', 'td'],
    visit(node, ctx) {
      if (node.tagName === 'table') {
        ctx.wrapNode(node, {
          type: 'element',
          // A named <section> is a region landmark, as role="region" would be on a <div>.
          tagName: 'section',
          properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: 'Tableau' },
          children: [],
        });
        return;
      }
      const style = node.properties?.style;
      if (typeof style !== 'string') return;
      const align = ALIGN.exec(style)?.[1]?.toLowerCase();
      const existing = node.properties?.className;
      const classes = Array.isArray(existing) ? existing.map(String) : [];
      if (align) ctx.setProperty(node, 'className', [...classes, `align-${align}`]);
      ctx.setProperty(node, 'style', null);
    },
  },
};
