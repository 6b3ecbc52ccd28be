// The form's real controls behind the `Controls` interface of the form's core, and the
// lists of blocks (« Ajouter une source »): each item is a copy of a <template> whose
// indexes are written §0, §1… by depth.
import type { Controls } from '../../lib/contribution/form-state.ts';

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export class DomControls implements Controls {
  constructor(private readonly form: HTMLFormElement) {}

  private field(id: string): Field | null {
    return document.getElementById(id) as Field | null;
  }
  text(id: string): string {
    return this.field(id)?.value ?? '';
  }
  setText(id: string, value: string): void {
    const f = this.field(id);
    if (f) f.value = value;
  }
  checked(id: string): boolean {
    return (this.field(id) as HTMLInputElement | null)?.checked ?? false;
  }
  setChecked(id: string, on: boolean): void {
    const f = this.field(id) as HTMLInputElement | null;
    if (f) f.checked = on;
  }
  chosen(id: string): string[] {
    return [...this.form.querySelectorAll<HTMLInputElement>(`[data-choice-of="${id}"]:checked`)].map((c) => c.value);
  }
  setChosen(id: string, values: readonly string[]): void {
    for (const box of this.form.querySelectorAll<HTMLInputElement>(`[data-choice-of="${id}"]`)) box.checked = values.includes(box.value);
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
