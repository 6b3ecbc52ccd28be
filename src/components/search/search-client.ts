// The search page's script: reads the state from the URL, asks Pagefind (through the DOM-free
// core in src/lib/search/run-search.ts), shows the results and the facet counts, and keeps the
// URL in step (shareable, reloadable, back and forward). Pagefind is loaded at runtime from the
// built site, never bundled.
import {
  effectiveSort,
  parseState,
  resultCountText,
  stateToQuery,
  type FacetKey,
  type SearchState,
} from '../../lib/search/search-state.ts';
import { runSearch, type Pagefind, type PagefindResult } from '../../lib/search/run-search.ts';
import { resultView } from '../../lib/search/result-view.ts';
import { BASE, withBase } from '../../lib/site/paths.ts';
import { renderResult } from './render-result.ts';

// Each result shown costs a request for its fragment: three first keep a first search within
// eight requests (Pagefind's script, entry, metadata, WebAssembly, one index chunk per word).
const FIRST_PAGE = 3;
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

  const facets = [...form.querySelectorAll<HTMLDetailsElement>('[data-facets] details')];

  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ PAGEFIND_URL).then(async (pf: Pagefind) => {
      // The index records site paths; results link under the site's base path. Without a worker
      // (one file less to fetch): a search takes a few milliseconds of the page's own thread.
      await pf.options({ excerptLength: 24, baseUrl: BASE, noWorker: true });
      return pf;
    }));
  // The filter index (counts of every facet) is fetched only once a facet is opened or ticked:
  // a first search does without it.
  let filters: Promise<unknown> | undefined;
  const facetsUsed = () => facets.some((d) => d.open) || boxes.some((b) => b.checked);
  const loadFilters = async (pf: Pagefind) => {
    await (filters ??= pf.filters());
  };

  let results: PagefindResult[] = [];
  let shown = 0;
  let run = 0;

  const readForm = (): SearchState =>
    parseState(new URLSearchParams([...new FormData(form)].flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : []))));

  function writeForm(state: SearchState): void {
    input.value = state.q;
    // The menu shows the order the results are in: without words, that is always the date.
    sort.value = effectiveSort(state) === 'date' ? 'date' : '';
    for (const box of boxes) box.checked = state.filters[box.name as FacetKey].includes(box.value);
  }

  async function search(state: SearchState, debounce = false): Promise<void> {
    const mine = ++run;
    list.setAttribute('aria-busy', 'true');
    const pf = await load();
    if (facetsUsed()) await loadFilters(pf);
    const outcome = await runSearch(pf, state, debounce);
    // A newer search started meanwhile (or a debounced one was superseded).
    if (!outcome || mine !== run) return;
    if (filters) updateCounts(outcome.counts, state);
    else builtCounts(!state.q);
    results = outcome.results;
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

  /**
   * Counts not loaded yet: the build's counts (of the whole site) are right without words, and
   * would be wrong for a query, where they are left blank until a facet is opened.
   */
  const built = new Map(boxes.map((box) => [box, box.closest('li')!.querySelector('[data-count]')!.textContent]));
  function builtCounts(right: boolean): void {
    for (const box of boxes) {
      const item = box.closest('li')!;
      item.querySelector('[data-count]')!.textContent = right ? (built.get(box) ?? '') : '';
      item.hidden = false;
    }
  }

  async function showMore(focus: boolean, mine = run): Promise<void> {
    const page = results.slice(shown, shown + (shown === 0 ? FIRST_PAGE : PAGE_SIZE));
    const data = await Promise.all(page.map((r) => r.data()));
    if (mine !== run) return;
    const items = data.map((d) => renderResult(resultView(d)));
    list.append(...items);
    shown += page.length;
    more.parentElement!.hidden = shown >= results.length;
    if (focus) items[0]?.querySelector('a')?.focus();
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
  // Opening a facet brings its counts for the current search.
  for (const d of facets) {
    d.addEventListener('toggle', () => {
      if (d.open && !filters) void search(readForm()).catch(fail);
    });
  }
  window.addEventListener('popstate', () => {
    const state = parseState(location.search);
    writeForm(state);
    void search(state).catch(fail);
  });

  const initial = parseState(location.search);
  writeForm(initial);
  void search(initial).catch(fail);
}
