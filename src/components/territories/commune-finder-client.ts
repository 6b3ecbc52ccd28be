// The commune finder in the browser: the WAI-ARIA combobox pattern (listbox popup) on the field
// the page already holds. Written here rather than with a library because the libraries we tried
// (GOV.UK's accessible-autocomplete) render a field of their own, and what was typed in the page's
// field while their code loaded was lost: « 22000 » became « 00 ».
import { bestMatch, communeLabel, matchCommunes, shardOf, type CommuneEntry, type ShardRow } from '../../lib/territories/commune-finder.ts';

const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;

export class CommuneCombobox {
  private readonly root: HTMLElement;
  private readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  private readonly message: HTMLElement;
  private readonly names: Record<string, string>;
  private readonly shards = new Map<string, Promise<ShardRow[]>>();
  private entries: CommuneEntry[] = [];
  private active = -1;
  private query = '';

  constructor(root: HTMLElement, input: HTMLInputElement) {
    this.root = root;
    this.input = input;
    this.list = root.querySelector('[role="listbox"]')!;
    this.message = root.querySelector('[role="status"]')!;
    this.names = JSON.parse(root.dataset.departements ?? '{}') as Record<string, string>;
  }

  /** Listens to the field, shows what matches what is already typed, and acts on an Enter already pressed. */
  start(): void {
    this.input.addEventListener('input', () => void this.update());
    this.input.addEventListener('keydown', (e) => this.onKey(e));
    this.input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
    // A press on a suggestion keeps the focus in the field (no blur), then chooses it.
    this.list.addEventListener('mousedown', (e) => e.preventDefault());
    this.list.addEventListener('click', (e) => {
      const li = (e.target as Element).closest('li');
      if (li) this.go(this.entries[Number(li.dataset.index)]!);
    });
    this.root.dataset.ready = '1';
    const enter = this.root.dataset.enter === '1';
    delete this.root.dataset.enter;
    void this.update().then(() => (enter ? this.enter() : undefined));
  }

  private rows(query: string): Promise<ShardRow[]> {
    const key = shardOf(query);
    if (!key) return Promise.resolve([]);
    let p = this.shards.get(key);
    if (!p) {
      p = fetch(`${this.root.dataset.shards ?? '/communes/'}${key}.json`).then((r) => {
        // No shard for these two letters: no commune starts with them.
        if (r.status === 404) return [];
        if (!r.ok) throw new Error(String(r.status));
        return r.json() as Promise<ShardRow[]>;
      });
      p.catch(() => this.shards.delete(key));
      this.shards.set(key, p);
    }
    return p;
  }

  private label(e: CommuneEntry): string {
    return communeLabel(e, this.names[e.dep] ?? e.dep);
  }

  /** Suggestions for what the field holds now; an answer for an older query is dropped. */
  private async update(): Promise<void> {
    const query = this.input.value;
    this.query = query;
    this.say('');
    let rows: ShardRow[];
    try {
      rows = await this.rows(query);
    } catch {
      if (query === this.query)
        this.say('Les communes n’ont pas pu être chargées. Vérifiez la connexion, ou passez par la liste des territoires.');
      return;
    }
    if (query !== this.query) return;
    this.show(matchCommunes(rows, query, 8));
  }

  private show(entries: CommuneEntry[]): void {
    this.entries = entries;
    this.active = -1;
    this.list.replaceChildren(
      ...entries.map((e, i) => {
        const li = document.createElement('li');
        li.id = `${this.input.id}-option-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.dataset.index = String(i);
        li.textContent = this.label(e);
        return li;
      }),
    );
    this.list.hidden = entries.length === 0;
    this.input.setAttribute('aria-expanded', String(entries.length > 0));
    this.input.removeAttribute('aria-activedescendant');
    const status = this.root.querySelector<HTMLElement>('[data-count]');
    if (status)
      status.textContent = entries.length
        ? `${plural(entries.length, 'commune')} : flèches haut et bas pour choisir, Entrée pour valider.`
        : '';
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
    this.active = -1;
  }

  private move(step: number): void {
    if (this.entries.length === 0) return;
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    const n = this.entries.length;
    this.active = this.active < 0 ? (step > 0 ? 0 : n - 1) : (this.active + step + n) % n;
    for (const li of this.list.children) li.setAttribute('aria-selected', String(li.id === `${this.input.id}-option-${this.active}`));
    const li = this.list.children[this.active]!;
    this.input.setAttribute('aria-activedescendant', li.id);
    li.scrollIntoView({ block: 'nearest' });
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      this.move(e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key === 'Escape') {
      if (this.list.hidden) this.input.value = '';
      this.close();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const chosen = this.entries[this.active];
      if (chosen && !this.list.hidden) this.go(chosen);
      else void this.enter();
    }
  }

  /** Enter without a suggestion chosen: the best match, or a sentence saying why there is none. */
  private async enter(): Promise<void> {
    const query = this.input.value;
    let choice;
    try {
      choice = bestMatch(await this.rows(query), query);
    } catch {
      return this.say('Les communes n’ont pas pu être chargées. Vérifiez la connexion, ou passez par la liste des territoires.');
    }
    if ('entry' in choice) return this.go(choice.entry);
    this.say(
      choice.reason === 'court'
        ? 'Tapez au moins deux lettres du nom de la commune, ou les deux premiers chiffres de son code postal.'
        : `Aucune commune trouvée pour « ${query.trim()} ». Vérifiez l’orthographe, ou tapez le code postal.`,
    );
  }

  private go(entry: CommuneEntry): void {
    this.input.value = this.label(entry);
    this.close();
    window.location.assign(`${this.root.dataset.hubs ?? '/territoires/'}${entry.dep.toLowerCase()}/`);
  }

  private say(text: string): void {
    if (this.message.textContent !== text) this.message.textContent = text;
  }
}
