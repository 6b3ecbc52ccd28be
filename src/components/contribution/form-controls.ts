// The form's real controls behind the `Controls` interface of the form's core, and the
// lists of blocks (« Ajouter une source »): each item is a copy of a <template> whose
// indexes are written §0, §1… by depth.
import type { Controls } from '../../lib/contribution/form-state.ts';

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
export type Ref = 'acteurs' | 'cooperations';

export class DomControls implements Controls {
  private readonly form: HTMLFormElement;
  /** Titles of the records reference fields choose from, by collection then id. */
  titles = new Map<Ref, ReadonlyMap<string, string>>();
  /** Order of the values a record or a draft brought to each multiple-choice field. */
  private readonly order = new Map<string, string[]>();
  constructor(form: HTMLFormElement) {
    this.form = form;
  }

  private field(id: string): Field | null {
    return document.getElementById(id) as Field | null;
  }
  /** The id chosen in a reference field (the input shows the title). */
  private hidden(id: string): HTMLInputElement | null {
    return this.form.querySelector<HTMLInputElement>(`[data-value-of="${id}"]`);
  }
  private titleOf(ref: string | undefined, value: string): string {
    return this.titles.get(ref as Ref)?.get(value) ?? value;
  }
  text(id: string): string {
    const hidden = this.hidden(id);
    // A name typed but not chosen in the list stays as typed, and the check says to choose.
    if (hidden) return hidden.value || (this.field(id)?.value ?? '');
    return this.field(id)?.value ?? '';
  }
  setText(id: string, value: string): void {
    const hidden = this.hidden(id);
    const f = this.field(id);
    if (hidden) {
      hidden.value = value;
      if (f) f.value = value ? this.titleOf(hidden.closest('.field')?.querySelector<HTMLElement>('[data-ref]')?.dataset.ref, value) : '';
      return;
    }
    if (f) f.value = value;
  }
  /** A reference chosen in the combobox. */
  setValue(id: string, value: string): void {
    const hidden = this.hidden(id);
    if (hidden) hidden.value = value;
  }
  /** Typing in a reference field forgets the choice until a name is chosen again. */
  forgetIfEdited(id: string): void {
    const hidden = this.hidden(id);
    const ref = hidden?.closest('.field')?.querySelector<HTMLElement>('[data-ref]')?.dataset.ref;
    if (hidden?.value && this.field(id)?.value !== this.titleOf(ref, hidden.value)) hidden.value = '';
  }
  checked(id: string): boolean {
    return (this.field(id) as HTMLInputElement | null)?.checked ?? false;
  }
  setChecked(id: string, on: boolean): void {
    const f = this.field(id) as HTMLInputElement | null;
    if (f) f.checked = on;
  }
  chosen(id: string): string[] {
    const list = this.form.querySelector<HTMLElement>(`[data-chosen-of="${id}"]`);
    if (list) return [...list.querySelectorAll<HTMLElement>('[data-value]')].map((li) => li.dataset.value ?? '');
    const checked = [...this.form.querySelectorAll<HTMLInputElement>(`[data-choice-of="${id}"]:checked`)].map((c) => c.value);
    // A record opened for editing keeps its order (its first theme is its main one); new ticks follow.
    const prior = this.order.get(id) ?? [];
    return [...prior.filter((v) => checked.includes(v)), ...checked.filter((v) => !prior.includes(v))];
  }
  setChosen(id: string, values: readonly string[]): void {
    const list = this.form.querySelector<HTMLElement>(`[data-chosen-of="${id}"]`);
    if (list) {
      list.replaceChildren(...values.map((v) => this.chosenItem(v, this.titleOf(list.dataset.ref, v))));
      return;
    }
    this.order.set(id, [...values]);
    for (const box of this.form.querySelectorAll<HTMLInputElement>(`[data-choice-of="${id}"]`)) box.checked = values.includes(box.value);
  }
  /** One chosen record, with its button to take it out. */
  private chosenItem(value: string, title: string): HTMLLIElement {
    const li = document.createElement('li');
    li.dataset.value = value;
    const name = document.createElement('span');
    name.textContent = title;
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'button--link';
    remove.dataset.unchoose = '';
    remove.textContent = 'Retirer';
    const hidden = document.createElement('span');
    hidden.className = 'visually-hidden';
    hidden.textContent = ` ${title}`;
    remove.append(hidden);
    li.append(name, ' ', remove);
    return li;
  }
  items(id: string): string[] {
    const list = this.form.querySelector<HTMLElement>(`[data-list="${id}"]`);
    return [...(list?.children ?? [])].map((el) => (el as HTMLElement).dataset.index ?? '');
  }
  addItem(id: string): string {
    return this.addItemElement(id)?.dataset.index ?? '';
  }
  clearItems(id: string): void {
    this.form.querySelector<HTMLElement>(`[data-list="${id}"]`)?.replaceChildren();
  }

  /** Adds one item to a list; lists inside it get their minimum number of items. */
  addItemElement(listId: string): HTMLElement | undefined {
    const list = this.form.querySelector<HTMLElement>(`[data-list="${listId}"]`);
    const tpl = this.form.querySelector<HTMLTemplateElement>(`template[data-template-for="${listId}"]`);
    if (!list || !tpl) return undefined;
    const index = Number(list.dataset.next ?? '0');
    list.dataset.next = String(index + 1);
    const holder = document.createElement('div');
    holder.innerHTML = tpl.innerHTML.replaceAll(`§${tpl.dataset.depth}`, String(index));
    const item = holder.firstElementChild as HTMLElement;
    list.append(item);
    renumber(list);
    for (const inner of item.querySelectorAll<HTMLElement>('[data-list]')) this.ensureMin(inner);
    return item;
  }

  ensureMin(list: HTMLElement): void {
    while (list.children.length < Number(list.dataset.min ?? '0')) this.addItemElement(list.dataset.list ?? '');
  }

  /** Every list gets its minimum number of items (a testimony has at least one person). */
  ensureMinimums(): void {
    for (const list of this.form.querySelectorAll<HTMLElement>(':scope [data-list]')) this.ensureMin(list);
  }

  removeItem(item: HTMLElement): void {
    const list = item.parentElement;
    item.remove();
    if (list) renumber(list);
  }
}

/** « Source n° 2 »: item legends follow their place in the list. */
function renumber(list: HTMLElement): void {
  [...list.children].forEach((item, i) => {
    const legend = item.querySelector('legend');
    if (legend) legend.textContent = `${legend.dataset.name ?? ''} n° ${i + 1}`;
  });
}
