// Markdown tables align their columns with `style="text-align: …"` attributes, which the site's
// Content-Security-Policy blocks (style-src has no 'unsafe-inline'): the alignment would be lost
// and the browser would log an error. The same alignment, as a class of global.css.
import type { HastPluginDefinition } from 'satteri';

const ALIGN = /^\s*text-align:\s*(left|center|right)\s*;?\s*$/i;

export const tableAlignClasses: HastPluginDefinition = {
  name: 'table-align-classes',
  element: {
    filter: ['th', 'td'],
    visit(node, ctx) {
      const style = node.properties?.style;
      if (typeof style !== 'string') return;
      const align = ALIGN.exec(style)?.[1]?.toLowerCase();
      const existing = node.properties?.className;
      const classes = Array.isArray(existing) ? existing.map(String) : typeof existing === 'string' ? existing.split(/\s+/) : [];
      if (align) ctx.setProperty(node, 'className', [...classes, `align-${align}`]);
      ctx.setProperty(node, 'style', null);
    },
  },
};
