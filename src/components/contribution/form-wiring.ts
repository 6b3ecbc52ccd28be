// The form's own buttons and filters: add or remove a block of a list, « Retirer » a chosen
// name, and the filter above a long list of choices.
import { choiceShown, filterStatus } from '../../lib/contribution/choice-filter.ts';
import type { DomControls } from './form-controls.ts';

/** « Ajouter… », « Retirer ce bloc » and « Retirer » beside a chosen name; `changed` after each. */
export function wireListButtons(form: HTMLFormElement, controls: DomControls, changed: () => void): void {
  form.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    const add = target.closest<HTMLElement>('[data-add]');
    if (add) {
      const item = controls.addItemElement(add.dataset.add ?? '');
      item?.querySelector<HTMLElement>('input, select, textarea')?.focus();
      changed();
    }
    const item = target.closest<HTMLElement>('[data-remove]')?.closest<HTMLElement>('[data-item]');
    if (item) {
      const list = item.parentElement;
      controls.removeItem(item);
      list?.parentElement?.querySelector<HTMLElement>('[data-add]')?.focus();
      changed();
    }
    const chosen = target.closest<HTMLElement>('[data-unchoose]')?.closest<HTMLElement>('[data-value]');
    if (chosen) {
      const field = chosen.closest<HTMLElement>('.field');
      chosen.remove();
      field?.querySelector<HTMLElement>('.picker input')?.focus();
      changed();
    }
  });
}

/** Filters of long choice lists: typing hides the choices whose label does not hold the letters. */
export function wireChoiceFilters(form: HTMLFormElement): void {
  form.addEventListener('input', (event) => {
    const filter = event.target as HTMLInputElement;
    const id = filter.dataset.filterFor;
    if (!id) return;
    // Typing in a filter changes no answer: the form's own input handler must not run.
    event.stopImmediatePropagation();
    let shown = 0;
    for (const box of form.querySelectorAll<HTMLInputElement>(`[data-choice-of="${id}"]`)) {
      const row = box.closest<HTMLElement>('.check');
      if (!row) continue;
      const match = choiceShown(filter.value, row.textContent ?? '', box.checked);
      row.hidden = !match;
      if (match) shown++;
    }
    const count = form.querySelector<HTMLElement>(`[data-filter-status="${id}"]`);
    if (count) count.textContent = filterStatus(filter.value, shown);
  });
}
