import { describe, expect, test } from 'vitest';
import { announcePage, onPageAnnounced } from './announced-pages.ts';

describe('announced pages', () => {
  test('reach every listener until it stops, and nothing without a listener', () => {
    announcePage('/avant/', 'k0');
    const seen: string[] = [];
    const other: string[] = [];
    const stop = onPageAnnounced((p, k, shown) => seen.push(`${p} ${k} ${shown.join('+')}`));
    const stopOther = onPageAnnounced((p) => other.push(p));
    announcePage('/acteurs/a/', 'k1', ['acteurs/a', 'cooperations/c']);
    stop();
    announcePage('/acteurs/b/', 'k2');
    stopOther();
    announcePage('/acteurs/c/', 'k3');
    expect(seen).toEqual(['/acteurs/a/ k1 acteurs/a+cooperations/c']);
    expect(other).toEqual(['/acteurs/a/', '/acteurs/b/']);
  });
});
