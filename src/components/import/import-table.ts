// <import-table>: the page « Importer un tableau ». A file (or pasted cells) is read in a
// worker; its columns are matched to the fields (changeable, remembered per set of
// headers); every row is checked with the site's own checks (src/lib/import/plan.ts, the
// same as `npm run import`); the valid rows leave as one .zip of record files.
import '../contribution/zod-jitless.ts';
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import { emptyTargets, fitScore, matchColumns, matchingKey, rememberedMatching, type Matching } from '../../lib/import/match-columns.ts';
import type { PlanInput, PlannedRow } from '../../lib/import/plan.ts';
import type { ReadResult, Sheet } from '../../lib/import/read-sheet.ts';
import { importSetup, referencedCollections, type ImportSetup } from '../../lib/import/setup.ts';
import { zipRecords } from '../../lib/import/zip.ts';
import type { Named } from '../../lib/import/values.ts';
import { portableMarkdown } from '../../lib/content/portable-markdown.ts';
import type { CommuneIndex } from '../../lib/territories/commune-index.ts';
import { ImportData, NO_COMMUNES, planInSlices, type DataUrls } from './import-data.ts';
import { offerDownload, renderColumns, renderDuplicates, renderEmpty, renderProblems } from './import-render.ts';
import { summarise } from '../../lib/import/summary.ts';
import { readInWorker } from './read-in-worker.ts';
import { parisToday } from '../../lib/time/dates.ts';

interface Config extends DataUrls {
  themes: Named[];
}

class ImportTable extends HTMLElement {
  private config!: Config;
  private read: Extract<ReadResult, { ok: true }> | undefined;
  private sheet: Sheet | undefined;
  private matching: Matching = [];
  private readonly setups = new Map<CollectionName, ImportSetup>();
  private data!: ImportData;
  private communes: CommuneIndex = NO_COMMUNES;
  private readonly decisions = new Map<number, 'skip' | 'edit' | 'new'>();
  private planned: PlannedRow[] = [];

  private $<T extends HTMLElement>(id: string): T {
    return this.querySelector<T>(`#${id}`)!;
  }

  connectedCallback(): void {
    this.config = JSON.parse(this.$('import-config').textContent ?? '{}') as Config;
    this.data = new ImportData(this.config);
    const file = this.$<HTMLInputElement>('import-file');
    file.disabled = false;
    file.addEventListener('change', () => {
      const f = file.files?.[0];
      if (f) void this.readFile(f);
    });
    const zone = this.$('import-drop');
    zone.addEventListener('dragover', (e) => {
      e.preventDefault();
      zone.classList.add('is-over');
    });
    zone.addEventListener('dragleave', () => zone.classList.remove('is-over'));
    zone.addEventListener('drop', (e) => {
      e.preventDefault();
      zone.classList.remove('is-over');
      const f = e.dataTransfer?.files[0];
      if (f) void this.readFile(f);
    });
    this.$('import-paste-read').addEventListener('click', () => void this.readPasted());
    this.$<HTMLSelectElement>('import-collection').addEventListener('change', () => this.showSheet(false));
    this.$<HTMLSelectElement>('import-sheet').addEventListener('change', (e) => {
      this.sheet = this.read?.sheets[Number((e.target as HTMLSelectElement).value)];
      this.showSheet(true);
    });
    this.$('import-columns').addEventListener('change', (e) => this.changeColumn(e.target as HTMLSelectElement));
    this.$('import-check').addEventListener('click', () => void this.check());
    this.$('import-duplicates').addEventListener('change', (e) => void this.decide(e.target as HTMLSelectElement));
    this.$('import-zip').addEventListener('click', () => this.download());
  }

  private status(text: string): void {
    this.$('import-status').textContent = text;
  }

  private async readFile(file: File): Promise<void> {
    this.status(`Lecture de « ${file.name} »…`);
    this.show(await readInWorker({ bytes: new Uint8Array(await file.arrayBuffer()), name: file.name }));
  }

  private async readPasted(): Promise<void> {
    const text = this.$<HTMLTextAreaElement>('import-paste').value;
    if (!text.trim()) return this.status('Collez d’abord des cellules copiées d’un tableur, titres des colonnes compris.');
    this.show(await readInWorker({ text }));
  }

  private setup(c: CollectionName): ImportSetup {
    let s = this.setups.get(c);
    if (!s) {
      s = importSetup(
        c,
        this.config.themes,
        Object.fromEntries([...this.data.keys].map(([k, v]) => [k, v.map((r) => ({ id: r.id, titre: r.titre }))])),
      );
      this.setups.set(c, s);
    }
    return s;
  }

  private show(result: ReadResult): void {
    this.$('import-result').hidden = true;
    if (!result.ok) {
      this.$('import-setup').hidden = true;
      this.status(result.message);
      return;
    }
    this.read = result;
    this.sheet = result.sheets.find((s) => s.rows.length > 0) ?? result.sheets[0];
    const sheets = this.$<HTMLSelectElement>('import-sheet');
    sheets.replaceChildren(
      ...result.sheets.map((s, i) => new Option(`${s.name}${s.hidden ? ' (masquée)' : ''} — ${s.rows.length} ligne(s)`, String(i))),
    );
    sheets.value = String(this.sheet ? result.sheets.indexOf(this.sheet) : 0);
    this.$('import-sheet-field').hidden = result.sheets.length < 2;
    this.showSheet(true);
    this.$('import-setup').hidden = false;
    this.$('import-setup-title').focus();
  }

  /** Shows the columns of the sheet; `suggest`: let the headers choose the kind of record. */
  private showSheet(suggest: boolean): void {
    const sheet = this.sheet;
    if (!sheet) return;
    const kind = this.$<HTMLSelectElement>('import-collection');
    if (suggest) {
      const scores = COLLECTIONS.map((c) => fitScore(sheet.headers, this.setup(c).targets));
      kind.value = COLLECTIONS[scores.indexOf(Math.max(...scores))] ?? kind.value;
    }
    const collection = kind.value as CollectionName;
    const targets = this.setup(collection).targets;
    this.matching =
      rememberedMatching(localStorage.getItem(matchingKey(collection, sheet.headers)), sheet.headers, targets) ??
      matchColumns(sheet.headers, targets);
    renderColumns(this.$('import-columns').querySelector('tbody')!, sheet.headers, sheet.rows[0]?.cells ?? [], this.matching, targets);
    this.showEmpty();
    const notes = [...(this.read?.notes ?? []), ...sheet.notes];
    this.$('import-notes').replaceChildren(...notes.map((n) => Object.assign(document.createElement('li'), { textContent: n })));
    this.status(`${sheet.rows.length} ligne(s) à importer dans la feuille « ${sheet.name} ».`);
  }

  private showEmpty(): void {
    const targets = this.setup(this.collection()).targets;
    renderEmpty(
      this.$('import-empty'),
      emptyTargets(this.matching, targets).filter((t) => t.key !== 'id'),
    );
  }

  private collection(): CollectionName {
    return this.$<HTMLSelectElement>('import-collection').value as CollectionName;
  }

  private changeColumn(select: HTMLSelectElement): void {
    const i = Number(select.dataset.column);
    // A field filled by two columns would be ambiguous: the other column lets it go.
    this.matching = this.matching.map((k, j) => (j === i ? select.value : k === select.value && select.value ? '' : k));
    this.matching.forEach((k, j) => {
      const other = this.querySelector<HTMLSelectElement>(`#import-col-${j}`);
      if (other) other.value = k;
    });
    if (this.sheet) localStorage.setItem(matchingKey(this.collection(), this.sheet.headers), JSON.stringify(this.matching));
    this.showEmpty();
  }

  private async check(): Promise<void> {
    const sheet = this.sheet;
    if (!sheet) return;
    const collection = this.collection();
    this.status('Vérification des lignes…');
    // Reference columns name records: the setups learn their names once the keys are in.
    if (await this.data.loadKeys([collection, ...referencedCollections(collection)])) this.setups.clear();
    if (this.matching.some((k) => k === 'lieu_commune' || k === 'code_postal' || k === 'lieu_code_insee'))
      this.communes = await this.data.communes();
    localStorage.setItem(matchingKey(collection, sheet.headers), JSON.stringify(this.matching));
    this.decisions.clear();
    await this.plan();
    this.$('import-result').hidden = false;
    this.$('import-result-title').focus();
  }

  private async decide(select: HTMLSelectElement): Promise<void> {
    this.decisions.set(Number(select.dataset.line), select.value as 'skip' | 'edit' | 'new');
    await this.plan();
  }

  private async plan(): Promise<void> {
    const sheet = this.sheet!;
    const collection = this.collection();
    const setup = this.setup(collection);
    const input: Omit<PlanInput, 'originals'> = {
      collection,
      frontMatter: setup.frontMatter,
      rows: sheet.rows,
      schemas: setup.schemas,
      rules: { communes: this.communes, markdown: portableMarkdown },
      existing: this.data.keys.get(collection) ?? [],
      headers: sheet.headers,
      matching: this.matching,
      targets: setup.targetMap,
      places: setup.places,
      vocab: setup.vocab,
      communes: this.communes,
      today: parisToday(),
      decisions: this.decisions,
    };
    const progress = (done: number) =>
      this.status(`Vérification : ${done.toLocaleString('fr-FR')} lignes sur ${sheet.rows.length.toLocaleString('fr-FR')}…`);
    const first = await planInSlices({ ...input, originals: new Map() }, progress);
    // Rows proposed as edits need their records: fetched, then the rows planned again.
    const wanted = first.flatMap((r) =>
      r.duplicate?.of === 'record' && (this.decisions.get(r.line) ?? r.action) !== 'skip' ? [r.duplicate.id] : [],
    );
    this.planned = wanted.length
      ? await planInSlices({ ...input, originals: await this.data.originals(collection, wanted) }, progress)
      : first;
    this.showResult();
  }

  private showResult(): void {
    const rows = this.planned;
    this.$('import-problems-block').hidden = renderProblems(this.$('import-problems').querySelector('tbody')!, rows) === 0;
    this.$('import-duplicates-block').hidden =
      renderDuplicates(this.$('import-duplicates').querySelector('tbody')!, rows, this.decisions) === 0;
    const { ready, invalid, sentence } = summarise(rows);
    this.$('import-summary').textContent = sentence;
    const zip = this.$<HTMLButtonElement>('import-zip');
    zip.hidden = ready === 0;
    zip.textContent = `Télécharger les ${ready} fiche(s) prêtes (.zip)`;
    this.status(`Vérification terminée : ${ready} fiche(s) prête(s), ${invalid} ligne(s) à corriger.`);
    // For the relay's sending, when the page has it (import-relay.ts).
    const fiches = rows.flatMap((r) => (r.text ? [{ slug: r.slug, text: r.text, edit: r.action === 'edit' }] : []));
    document.dispatchEvent(new CustomEvent('import:ready', { detail: { collection: this.collection(), fiches } }));
  }

  private download(): void {
    const files = this.planned.flatMap((r) => (r.text ? [{ collection: this.collection(), slug: r.slug, text: r.text }] : []));
    offerDownload(this, zipRecords(files), `import-${this.collection()}.zip`, 'application/zip');
    this.$('import-sent').hidden = false;
  }
}

customElements.define('import-table', ImportTable);
