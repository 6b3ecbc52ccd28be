// Which page numbers a pagination shows: the first, the last, and two around the current one.

/** Page numbers in order, with null where numbers are skipped. */
export function pageWindow(current: number, last: number, around = 2): Array<number | null> {
  const pages = new Set([1, last]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= last) pages.add(n);
  const sorted = [...pages].sort((a, b) => a - b);
  const out: Array<number | null> = [];
  sorted.forEach((n, i) => {
    if (i > 0 && n - (sorted[i - 1] as number) > 1) out.push(null);
    out.push(n);
  });
  return out;
}
