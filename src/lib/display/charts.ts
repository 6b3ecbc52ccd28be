// Charts drawn at build time as inline SVG: no script, readable on paper. The SVG
// is a picture (role="img" with a title and a description); each chart on a page
// comes with its data table and a sentence, which is what a screen reader reads.
import { formatNumber } from '../time/dates.ts';

export interface ChartPoint {
  /** AAAA-MM or AAAA-MM-JJ. */
  date: string;
  value: number;
  /** Short label under the point: « déc. 2014 ». */
  label: string;
  /** Value as printed next to the point: « 33 », « près de 20 ». */
  valueText?: string;
}

export interface ChartOptions {
  id: string;
  title: string;
  description: string;
  width?: number;
  height?: number;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Months since year 0, so that points sit at their true distance in time. */
export function monthIndex(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return (y ?? 0) * 12 + ((m ?? 1) - 1) + ((d ?? 1) - 1) / 31;
}

/** A round step for about `count` ticks: 1, 2, 5 × 10^n. */
export function niceStep(max: number, count = 4): number {
  if (max <= 0) return 1;
  const raw = max / count;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const f = raw / pow;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * pow;
}

export function yTicks(max: number, count = 4): number[] {
  const step = niceStep(max, count);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const ticks: number[] = [];
  for (let v = 0; v <= top + step / 2; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return ticks;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** A line chart over time: points at their date, values written next to them, a zero-based axis. */
export function lineChart(points: readonly ChartPoint[], options: ChartOptions): string {
  const width = options.width ?? 640;
  const height = options.height ?? 320;
  const m = { top: 28, right: 48, bottom: 48, left: 56 };
  const innerW = width - m.left - m.right;
  const innerH = height - m.top - m.bottom;
  const sorted = points.toSorted((a, b) => monthIndex(a.date) - monthIndex(b.date));
  const ticks = yTicks(Math.max(0, ...sorted.map((p) => p.value)));
  const top = ticks.at(-1) ?? 1;
  const t0 = sorted.length ? monthIndex(sorted[0]!.date) : 0;
  const t1 = sorted.length ? monthIndex(sorted.at(-1)!.date) : 1;
  const x = (p: ChartPoint) => r1(m.left + (t1 === t0 ? innerW / 2 : ((monthIndex(p.date) - t0) / (t1 - t0)) * innerW));
  const y = (v: number) => r1(m.top + innerH - (v / top) * innerH);
  const titleId = `${options.id}-titre`;
  const descId = `${options.id}-desc`;

  const grid = ticks
    .map(
      (v) =>
        `<g class="chart__tick"><line x1="${m.left}" x2="${width - m.right}" y1="${y(v)}" y2="${y(v)}" stroke="currentColor" stroke-opacity="0.25" /><text x="${m.left - 8}" y="${y(v)}" text-anchor="end" dominant-baseline="middle">${esc(formatNumber(v))}</text></g>`,
    )
    .join('');
  const path =
    sorted.length > 1
      ? `<polyline class="chart__line" fill="none" stroke="currentColor" stroke-width="3" points="${sorted.map((p) => `${x(p)},${y(p.value)}`).join(' ')}" />`
      : '';
  const dots = sorted
    .map(
      (p) =>
        `<g class="chart__point"><circle cx="${x(p)}" cy="${y(p.value)}" r="5" fill="currentColor" /><text class="chart__value" x="${x(p)}" y="${y(p.value) - 12}" text-anchor="middle">${esc(p.valueText ?? formatNumber(p.value))}</text><text class="chart__label" x="${x(p)}" y="${height - m.bottom + 22}" text-anchor="middle">${esc(p.label)}</text></g>`,
    )
    .join('');
  const axis = `<line x1="${m.left}" x2="${width - m.right}" y1="${y(0)}" y2="${y(0)}" stroke="currentColor" />`;
  return (
    `<svg class="chart" id="${esc(options.id)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${titleId} ${descId}" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${titleId}">${esc(options.title)}</title><desc id="${descId}">${esc(options.description)}</desc>` +
    `${grid}${axis}${path}${dots}</svg>`
  );
}
