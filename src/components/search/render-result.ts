// One search result as a card: elements and text nodes only (never innerHTML), so nothing in
// an excerpt can run.
import type { ResultView } from '../../lib/search/result-view.ts';

export function renderResult(v: ResultView): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'card';
  const badge = document.createElement('p');
  const type = document.createElement('span');
  type.className = 'badge';
  type.textContent = v.type;
  badge.append(type);
  if (v.day) badge.append(` ${v.day}`);
  const h = document.createElement('h2');
  const a = document.createElement('a');
  a.href = v.href;
  a.textContent = v.title;
  h.append(a);
  const summary = document.createElement('p');
  summary.textContent = v.summary;
  li.append(badge, h, summary);
  if (v.excerpt) {
    const excerpt = document.createElement('p');
    excerpt.className = 'muted';
    excerpt.append(
      '… ',
      ...v.excerpt.map((p) => {
        if (!p.mark) return p.text;
        const m = document.createElement('mark');
        m.textContent = p.text;
        return m;
      }),
      ' …',
    );
    li.append(excerpt);
  }
  return li;
}
