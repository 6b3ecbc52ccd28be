// The commune finder in the browser, loaded on first focus: GOV.UK's accessible-autocomplete
// (WAI-ARIA combobox) over the shards of /communes/; choosing a commune opens its département's page.
import accessibleAutocomplete from 'accessible-autocomplete';
import 'accessible-autocomplete/dist/accessible-autocomplete.min.css';
import { communeLabel, matchCommunes, shardOf, type CommuneEntry, type ShardRow } from '../../lib/territories/commune-finder.ts';

const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;

export function mountCommuneFinder(root: HTMLElement, placeholder: HTMLInputElement): void {
  const shardsBase = root.dataset.shards ?? '/communes/';
  const hubBase = root.dataset.hubs ?? '/territoires/';
  const names = JSON.parse(root.dataset.departements ?? '{}') as Record<string, string>;
  const cache = new Map<string, Promise<ShardRow[]>>();
  const load = (key: string) => {
    let p = cache.get(key);
    if (!p) {
      p = fetch(`${shardsBase}${key}.json`).then((r) => (r.ok ? (r.json() as Promise<ShardRow[]>) : []));
      cache.set(key, p);
    }
    return p;
  };
  const label = (e: CommuneEntry) => communeLabel(e, names[e.dep] ?? e.dep);
  let latest = '';
  const container = placeholder.parentElement!;
  const value = placeholder.value;
  const id = placeholder.id;
  // Focus moves to the new field only if the visitor is still on this one (a keyboard user
  // tabbing past must not be pulled back once the code has arrived).
  const hadFocus = document.activeElement === placeholder;
  placeholder.remove();
  accessibleAutocomplete<CommuneEntry>({
    element: container,
    id,
    name: 'commune',
    minLength: 2,
    defaultValue: value,
    confirmOnBlur: false,
    source: (query, populate) => {
      latest = query;
      const key = shardOf(query);
      if (!key) return populate([]);
      load(key)
        .then((rows) => {
          if (query === latest) populate(matchCommunes(rows, query));
        })
        .catch(() => populate([]));
    },
    templates: {
      inputValue: (e) => (e ? label(e) : ''),
      suggestion: (e) => (typeof e === 'string' ? e : label(e)),
    },
    onConfirm: (e) => {
      if (e) window.location.assign(`${hubBase}${e.dep.toLowerCase()}/`);
    },
    tNoResults: () => 'Aucune commune trouvée',
    tStatusQueryTooShort: (n) => `Tapez au moins ${n} caractères pour voir des communes`,
    tStatusNoResults: () => 'Aucune commune trouvée',
    tStatusSelectedOption: (option, length, index) => `${option}, ${index + 1} sur ${length}, est sélectionnée`,
    tStatusResults: (length, selected) => `${plural(length, 'commune')} ${length > 1 ? 'sont proposées' : 'est proposée'}. ${selected}`,
    tAssistiveHint: () =>
      'Quand des communes sont proposées, parcourez-les avec les flèches haut et bas et validez avec Entrée. Sur un écran tactile, explorez au toucher ou par balayage.',
  });
  const input = container.querySelector<HTMLInputElement>(`#${CSS.escape(id)}`);
  if (input) {
    input.setAttribute('aria-describedby', `${id}-aide ${input.getAttribute('aria-describedby') ?? ''}`.trim());
    if (hadFocus) {
      input.focus();
      input.setSelectionRange(value.length, value.length);
    }
  }
}
