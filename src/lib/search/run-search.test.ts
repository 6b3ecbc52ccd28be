import { describe, expect, test } from 'vitest';
import { splitElisions } from './elision.ts';
import { parseState } from './search-state.ts';
import { runSearch, type Pagefind, type PagefindResponse } from './run-search.ts';

/** A Pagefind that records its calls and answers from the filters it is given. */
function fakePagefind(answer: (q: string | null, o: Record<string, unknown>) => PagefindResponse | null) {
  const calls: Array<{ q: string | null; o: Record<string, unknown>; debounced: boolean }> = [];
  const pf: Pagefind = {
    options: async () => {},
    filters: async () => ({}),
    search: async (q, o) => (calls.push({ q, o, debounced: false }), answer(q, o)),
    debouncedSearch: async (q, o) => (calls.push({ q, o, debounced: true }), answer(q, o)),
  };
  return { pf, calls };
}

const result = (id: string) => ({ id, data: async () => ({ url: `/${id}/`, excerpt: '', meta: {} }) });

describe('runSearch', () => {
  test('splits elisions in the query and sorts by relevance when there is one', async () => {
    const { pf, calls } = fakePagefind(() => ({ results: [result('a')], filters: { f: { 'type:Pratique': 2 } } }));
    const out = await runSearch(pf, parseState('q=l’isolement'));
    expect(calls).toHaveLength(1);
    expect(calls[0]!.q).toBe(splitElisions('l’isolement'));
    expect(calls[0]!.q).not.toBe('l’isolement');
    expect(calls[0]!.o).toEqual({ filters: {} });
    expect(out?.results.map((r) => r.id)).toEqual(['a']);
    expect(out?.counts.type).toEqual({ Pratique: 2 });
  });

  test('counts a facet in use without its own choice, and sorts by date without a query', async () => {
    const { pf, calls } = fakePagefind((_, o): PagefindResponse => {
      const filtered = JSON.stringify(o.filters).includes('type:Acteur');
      const f: Record<string, number> = filtered
        ? { 'type:Acteur': 1, 'theme:formation': 1 }
        : { 'type:Acteur': 1, 'type:Pratique': 4, 'theme:formation': 3 };
      return { results: [], filters: { f } };
    });
    const out = await runSearch(pf, parseState('type=Acteur'));
    expect(calls).toHaveLength(2);
    expect(calls[0]!.o).toMatchObject({ sort: { date: 'desc' } });
    expect(out?.counts.type).toEqual({ Acteur: 1, Pratique: 4 });
    expect(out?.counts.theme).toEqual({ formation: 1 });
  });

  test('gives nothing when a debounced search was superseded', async () => {
    const { pf, calls } = fakePagefind(() => null);
    expect(await runSearch(pf, parseState('q=x'), true)).toBeNull();
    expect(calls[0]!.debounced).toBe(true);
  });
});
