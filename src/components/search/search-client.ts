// The search page's script: reads the state from the URL, asks Pagefind, shows the
// results and the facet counts, and keeps the URL in step (shareable, reloadable,
// back and forward). Pagefind is loaded at runtime from the built site, never bundled.
import { excerptParts } from '../../lib/search/search-excerpt.ts';
import { BASE, withBase } from '../../lib/site/paths.ts';
import { joinElisions, splitElisions } from '../../lib/search/elision.ts';
import {
  effectiveSort,
  FACETS,
  FILTER_KEY,
  pagefindFilters,
  splitFacetCounts,
  parseState,
  resultCountText,
  stateToQuery,
  type FacetKey,
  type SearchState,
} from '../../lib/search/search-state.ts';

interface PagefindResult {
  id: string;
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string | null, o: Record<string, unknown>): Promise<PagefindResponse | null>;
  debouncedSearch(q: string | null, o: Record<string, unknown>, ms: number): Promise<PagefindResponse | null>;
}

// A phone screen shows about five results: each one costs a request for its fragment.
const FIRST_PAGE = 5;
const PAGE_SIZE = 10;
const PAGEFIND_URL = withBase('/pagefind/pagefind.js');

export function start(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  if (!form) return;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sort = form.querySelector<HTMLSelectElement>('[data-sort]')!;
  const status = form.querySelector<HTMLElement>('[data-status]')!;
  const list = form.querySelector<HTMLOListElement>('[data-results]')!;
  const more = form.querySelector<HTMLButtonElement>('[data-more]')!;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('[data-facets] input[type="checkbox"]')];

  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ PAGEFIND_URL).then(async (pf: Pagefind) => {
      // The index records site paths; results link under the site's base path.
      await pf.options({ excerptLength: 24, baseUrl: BASE });
      // Loads the filter index, without which searches return no facet counts.
      await pf.filters();
      return pf;
    }));

  let results: PagefindResult[] = [];
  let shown = 0;
  let run = 0;

  const readForm = (): SearchState => parseState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));

  function writeForm(state: SearchState): void {
    input.value = state.q;
    sort.value = state.tri ?? '';
    for (const box of boxes) box.checked = state.filters[box.name as FacetKey].includes(box.value);
  }

  async function search(state: SearchState, debounce = false): Promise<void> {
    const mine = ++run;
    list.setAttribute('aria-busy', 'true');
    const pf = await load();
    // The index breaks « l’isolement » in two (see src/lib/search/elision.ts): so must the query.
    const term = state.q ? splitElisions(state.q) : null;
    const options = (except?: FacetKey) => ({
      filters: pagefindFilters(state.filters, except),
      ...(effectiveSort(state) === 'date' ? { sort: { date: 'desc' } } : {}),
    });
    const main = debounce ? await pf.debouncedSearch(term, options(), 250) : await pf.search(term, options());
    // A newer search started meanwhile (or a debounced one was superseded).
    if (!main || mine !== run) return;
    // Counts of a facet in use ignore its own choice, so that its other values still say what they would add.
    const used = FACETS.filter((f) => state.filters[f.key].length > 0);
    const own = await Promise.all(used.map((f) => pf.search(term, options(f.key))));
    if (mine !== run) return;
    const counts: Record<string, Record<string, number>> = splitFacetCounts(main.filters[FILTER_KEY]);
    used.forEach((f, i) => {
      counts[f.key] = splitFacetCounts(own[i]?.filters[FILTER_KEY])[f.key];
    });
    updateCounts(counts, state);
    results = main.results;
    shown = 0;
    list.replaceChildren();
    await showMore(false, mine);
    if (mine !== run) return;
    status.textContent = resultCountText(results.length) + (state.q ? ` pour « ${state.q} »` : '');
    // Tells scripts and tests which search the list shows.
    list.dataset.query = stateToQuery(state);
    list.setAttribute('aria-busy', 'false');
  }

  function updateCounts(counts: Record<string, Record<string, number>>, state: SearchState): void {
    for (const box of boxes) {
      const n = counts[box.name]?.[box.value] ?? 0;
      const item = box.closest('li')!;
      item.querySelector('[data-count]')!.textContent = `(${n})`;
      // A value that would give nothing is hidden, unless it is ticked.
      item.hidden = n === 0 && !state.filters[box.name as FacetKey].includes(box.value);
    }
  }

  async function showMore(focus: boolean, mine = run): Promise<void> {
    const page = results.slice(shown, shown + (shown === 0 ? FIRST_PAGE : PAGE_SIZE));
    const data = await Promise.all(page.map((r) => r.data()));
    if (mine !== run) return;
    const items = data.map(renderResult);
    list.append(...items);
    shown += page.length;
    more.parentElement!.hidden = shown >= results.length;
    if (focus) items[0]?.querySelector('a')?.focus();
  }

  function renderResult(d: Awaited<ReturnType<PagefindResult['data']>>): HTMLLIElement {
    const li = document.createElement('li');
    li.className = 'card';
    const badge = document.createElement('p');
    const type = document.createElement('span');
    type.className = 'badge';
    type.textContent = d.meta.type ?? '';
    badge.append(type);
    if (d.meta.type === 'Événement' && d.meta.date) {
      badge.append(` ${new Date(`${d.meta.date}T12:00:00Z`).toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' })}`);
    }
    const h = document.createElement('h2');
    const a = document.createElement('a');
    a.href = d.url;
    a.textContent = joinElisions(d.meta.title ?? d.url);
    h.append(a);
    const summary = document.createElement('p');
    summary.textContent = joinElisions(d.meta.resume ?? '');
    li.append(badge, h, summary);
    const parts = excerptParts(joinElisions(d.excerpt));
    if (parts.some((p) => p.mark)) {
      const excerpt = document.createElement('p');
      excerpt.className = 'muted';
      excerpt.append('… ', ...parts.map((p) => {
        if (!p.mark) return p.text;
        const m = document.createElement('mark');
        m.textContent = p.text;
        return m;
      }), ' …');
      li.append(excerpt);
    }
    return li;
  }

  function go(push: boolean, debounce = false): void {
    const state = readForm();
    const query = stateToQuery(state);
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) {
      if (push) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    void search(state, debounce).catch(fail);
  }

  function fail(error: unknown): void {
    console.error(error);
    status.textContent = 'La recherche n’a pas pu se charger. Rechargez la page ou parcourez les listes de fiches.';
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    go(true);
  });
  // Typing refines the current entry of the history; a facet or a sort is a step of its own.
  input.addEventListener('input', () => go(false, true));
  form.addEventListener('change', (e) => {
    if (e.target !== input) go(true);
  });
  more.addEventListener('click', () => void showMore(true).catch(fail));
  window.addEventListener('popstate', () => {
    const state = parseState(location.search);
    writeForm(state);
    void search(state).catch(fail);
  });

  const initial = parseState(location.search);
  writeForm(initial);
  void search(initial).catch(fail);
}
