// Reference fields (an actor, a cooperation) chosen by name among thousands: GOV.UK's
// accessible-autocomplete (the WAI-ARIA combobox pattern) over the list of names loaded
// once as JSON. Loaded only by form pages that have such a field.
import accessibleAutocomplete from 'accessible-autocomplete';
import 'accessible-autocomplete/dist/accessible-autocomplete.min.css';
import { foldName, foldQuery } from '../../lib/text/fold.ts';
import type { DomControls, Ref } from './form-controls.ts';

type Entry = readonly [id: string, titre: string];

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** French texts of the combobox (its defaults are English). */
const FRENCH = {
  tNoResults: () => 'Aucun nom ne correspond',
  tStatusQueryTooShort: (n: number) => `Tapez au moins ${n} lettre${n > 1 ? 's' : ''} pour voir des noms`,
  tStatusNoResults: () => 'Aucun nom ne correspond',
  tStatusSelectedOption: (option: string, length: number, index: number) => `${option}, ${index + 1} sur ${length}, en surbrillance`,
  tStatusResults: (length: number, selected: string) =>
    `${length} nom${length > 1 ? 's' : ''} proposé${length > 1 ? 's' : ''}. ${selected}`,
  tAssistiveHint: () => 'Quand des noms sont proposés, parcourez-les avec les flèches haut et bas, puis choisissez avec la touche Entrée.',
};

type Commune = readonly [nom: string, code: string, departement: string, folded: string];
let communes: Promise<Commune[]> | undefined;

/** The 35,000 communes, fetched on the first letters typed in a commune field. */
function loadCommunes(url: string): Promise<Commune[]> {
  communes ??= fetch(url)
    .then((r) => (r.ok ? (r.json() as Promise<Array<[string, string, string]>>) : []))
    .then((list) => list.map(([nom, code, dep]) => [nom, code, dep, foldName(nom)] as const))
    .catch(() => []);
  return communes;
}

/** Turns every reference field of the form into a combobox; safe to call again after a refill. */
export function mountPickers(
  form: HTMLFormElement,
  lists: ReadonlyMap<Ref, readonly Entry[]>,
  controls: DomControls,
  changed: () => void,
  communesUrl: string,
): void {
  for (const holder of form.querySelectorAll<HTMLElement>('[data-commune-picker]')) {
    const inputId = holder.dataset.communePicker ?? '';
    const old = document.getElementById(inputId) as HTMLInputElement | null;
    const current = old?.value ?? '';
    const describedBy = old?.getAttribute('aria-describedby') ?? '';
    const box = document.createElement('div');
    holder.replaceChildren(box);
    // Sibling fields: f-lieu-commune → f-lieu-code_insee, f-lieu-departement.
    const sibling = (name: string) => inputId.replace(/commune$/, name);
    accessibleAutocomplete<Commune>({
      element: box,
      id: inputId,
      source: (query, populate) => {
        void loadCommunes(communesUrl).then((list) => {
          const q = foldQuery(query);
          const first = list.filter((c) => c[3].startsWith(q));
          const then = first.length < 15 ? list.filter((c) => !c[3].startsWith(q) && c[3].includes(q)) : [];
          populate([...first, ...then].slice(0, 15));
        });
      },
      templates: {
        inputValue: (c) => (c ? c[0] : ''),
        suggestion: (c) => escapeHtml(typeof c === 'string' ? c : `${c[0]} (${c[2]})`),
      },
      defaultValue: current,
      minLength: 2,
      showNoOptionsFound: true,
      confirmOnBlur: false,
      onConfirm: (c) => {
        if (!c) return;
        controls.setText(sibling('code_insee'), c[1]);
        if (document.getElementById(sibling('departement'))) controls.setText(sibling('departement'), c[2]);
        changed();
      },
      ...FRENCH,
      tNoResults: () => 'Aucune commune ne porte ce nom',
      tStatusNoResults: () => 'Aucune commune ne porte ce nom',
      tStatusResults: (length: number, selected: string) =>
        `${length} commune${length > 1 ? 's' : ''} proposée${length > 1 ? 's' : ''}. ${selected}`,
    });
    const input = document.getElementById(inputId);
    if (input && describedBy)
      input.setAttribute('aria-describedby', `${describedBy} ${input.getAttribute('aria-describedby') ?? ''}`.trim());
  }
  for (const holder of form.querySelectorAll<HTMLElement>('[data-picker]')) {
    const inputId = holder.dataset.picker ?? '';
    const ref = holder.dataset.ref as Ref;
    const addTo = holder.dataset.addTo;
    const entries = lists.get(ref) ?? [];
    const folded = entries.map(([id, titre]) => [id, titre, foldName(titre)] as const);
    const old = document.getElementById(inputId) as HTMLInputElement | null;
    const current = addTo ? '' : (old?.value ?? '');
    const describedBy = old?.getAttribute('aria-describedby') ?? '';
    // A fresh container each time: the widget keeps its state on the element it renders into.
    const box = document.createElement('div');
    holder.replaceChildren(box);
    accessibleAutocomplete<Entry>({
      element: box,
      id: inputId,
      source: (query, populate) => {
        const q = foldQuery(query);
        populate(
          folded
            .filter((e) => e[2].includes(q))
            .slice(0, 30)
            .map(([id, titre]) => [id, titre] as const),
        );
      },
      templates: {
        inputValue: (r) => (r ? r[1] : ''),
        suggestion: (r) => escapeHtml(typeof r === 'string' ? r : r[1]),
      },
      defaultValue: current,
      minLength: 2,
      showNoOptionsFound: true,
      confirmOnBlur: false,
      onConfirm: (r) => {
        if (!r) return;
        if (addTo) {
          const chosen = controls.chosen(addTo);
          if (!chosen.includes(r[0])) controls.setChosen(addTo, [...chosen, r[0]]);
          // Ready for the next name.
          setTimeout(() => {
            const input = document.getElementById(inputId) as HTMLInputElement | null;
            if (input) input.value = '';
          });
        } else controls.setValue(inputId, r[0]);
        changed();
      },
      ...FRENCH,
    });
    const input = document.getElementById(inputId);
    // The field's help stays attached to the input (the widget only adds its own hint).
    if (input && describedBy)
      input.setAttribute('aria-describedby', `${describedBy} ${input.getAttribute('aria-describedby') ?? ''}`.trim());
  }
}
