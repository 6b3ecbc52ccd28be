import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { lineChart, monthIndex, niceStep, yTicks } from './charts.ts';

describe('niceStep and yTicks', () => {
  test('choose round steps and cover the maximum', () => {
    expect(niceStep(33)).toBe(10);
    expect(niceStep(297)).toBe(100);
    expect(yTicks(33)).toEqual([0, 10, 20, 30, 40]);
    expect(yTicks(297)).toEqual([0, 100, 200, 300]);
    expect(yTicks(0)).toEqual([0, 1]);
  });
});

describe('lineChart', () => {
  const points = [
    { date: '2014-12', value: 14, label: 'déc. 2014' },
    { date: '2016-10', value: 33, label: 'oct. 2016' },
    { date: '2015-12', value: 26, label: 'déc. 2015', valueText: 'près de 26' },
  ];
  const svg = lineChart(points, { id: 'coop', title: 'Coopérations <lancées>', description: 'De 14 à 33.' });
  const doc = parseHTML(`<html><body>${svg}</body></html>`).document;
  const root = doc.querySelector('svg')!;

  test('is an image named by its title and description', () => {
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('aria-labelledby')).toBe('coop-titre coop-desc');
    expect(doc.querySelector('title')!.textContent).toBe('Coopérations <lancées>');
    expect(svg).not.toContain('<lancées>');
  });

  test('places points in time order at their true distance, higher values higher', () => {
    const circles = [...doc.querySelectorAll('circle')].map((c) => ({ x: Number(c.getAttribute('cx')), y: Number(c.getAttribute('cy')) }));
    expect(circles).toHaveLength(3);
    const [a, b, c] = circles as [(typeof circles)[0], (typeof circles)[0], (typeof circles)[0]];
    expect(a.x).toBeLessThan(b.x);
    expect(b.x).toBeLessThan(c.x);
    // Dec 2014 → Dec 2015 is 12 months, Dec 2015 → Oct 2016 is 10.
    expect((b.x - a.x) / (c.x - b.x)).toBeCloseTo(12 / 10, 1);
    expect(a.y).toBeGreaterThan(b.y);
    expect(b.y).toBeGreaterThan(c.y);
  });

  test('writes values and dates as text, French-formatted', () => {
    const values = [...doc.querySelectorAll('.chart__value')].map((t) => t.textContent);
    expect(values).toEqual(['14', 'près de 26', '33']);
    expect([...doc.querySelectorAll('.chart__label')].map((t) => t.textContent)).toEqual(['déc. 2014', 'déc. 2015', 'oct. 2016']);
    const big = lineChart([{ date: '2016-01', value: 1200, label: 'x' }], { id: 'b', title: 't', description: 'd' });
    expect(big).toContain('1\u202f200');
  });

  test('contains no script and no inline style', () => {
    expect(svg).not.toMatch(/<script|style=/);
  });

  test('monthIndex counts months', () => {
    expect(monthIndex('2016-01') - monthIndex('2015-01')).toBe(12);
  });
});
