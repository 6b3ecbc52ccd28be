// Browser side of the proposal form: wires the page's events to the form's core
// (src/lib/contribution/form-state.ts, form-check.ts) and to what it shows (form-render.ts).
// Checks use the same zod schemas as `npm run validate`. Loaded by the form pages only.
// One class, one job per method; loading (form-data.ts), editing (form-edit.ts), the form's own
// buttons (form-wiring.ts) and the preview's renderer (body-renderer.ts) live beside it.
import { territoryPreset } from '../../lib/contribution/territory-preset.ts';
import './zod-jitless.ts';
import { createSchemas, type CollectionName } from '../../schemas/index.ts';
import type { FormField } from '../../lib/contribution/proposal-model.ts';
import { PROPOSAL_READY, type PreparedRecord } from '../../lib/contribution/relay-client.ts';
import { checkForm } from '../../lib/contribution/form-check.ts';
import { OWN_CONTROLS } from '../../lib/contribution/form-ids.ts';
import { readRecord, writeRecord, type RecordData } from '../../lib/contribution/form-state.ts';
import { prepareProposal } from '../../lib/contribution/prepare.ts';
import { slugify } from '../../lib/text/fold.ts';
import { DomControls } from './form-controls.ts';
import { clearDraft, loadDraft, saveDraft } from './form-draft.ts';
import { showErrors, showPreview, showResult, showSummary } from './form-render.ts';
import { createBodyRenderer, type BodyRenderer } from './body-renderer.ts';
import { askedRecord, showEditing } from './form-edit.ts';
import { loadFormData, type FormData } from './form-data.ts';
import { wireChoiceFilters, wireListButtons } from './form-wiring.ts';
import { parisToday } from '../../lib/time/dates.ts';

interface Config {
  collection: CollectionName;
  fields: FormField[];
  lists: { themes: string[]; departements: string[]; regions: string[] };
  depot: string;
  branche: string;
  contact: string;
  bodyRequired: boolean;
  /** Folder of the lists (`<collection>.json`: ids and titles) and of the records (`<collection>/<id>.json`). */
  fichesUrl: string;
  /** Every commune as [nom, code, département], for the commune finder. */
  communesUrl: string;
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;

const status = (message: string) => {
  const box = $('form-status');
  if (box) box.textContent = message;
};

class ProposalForm {
  private readonly schema: ReturnType<typeof createSchemas>[CollectionName];
  private readonly controls: DomControls;
  private readonly renderBody: BodyRenderer;
  private readonly pickers: Promise<typeof import('./record-picker.ts')> | undefined;
  private readonly draftId: string;
  private existing = new Set<string>();
  private fileTouched: boolean;
  private submitted = false;
  private dirty = false;
  private timer: number | undefined;

  private readonly config: Config;
  private readonly form: HTMLFormElement;
  private readonly fileInput: HTMLInputElement;
  private readonly bodyInput: HTMLTextAreaElement;
  private readonly fiche: string;
  private readonly loaded: FormData;

  constructor(
    config: Config,
    form: HTMLFormElement,
    fileInput: HTMLInputElement,
    bodyInput: HTMLTextAreaElement,
    fiche: string,
    loaded: FormData,
  ) {
    this.config = config;
    this.form = form;
    this.fileInput = fileInput;
    this.bodyInput = bodyInput;
    this.fiche = fiche;
    this.loaded = loaded;
    this.schema = createSchemas(config.lists)[config.collection];
    this.controls = new DomControls(form);
    for (const [ref, entries] of loaded.lists) this.controls.titles.set(ref, new Map(entries));
    this.pickers = loaded.lists.size || form.querySelector('[data-commune-picker]') ? import('./record-picker.ts') : undefined;
    this.draftId = this.editing ? fiche : '';
    this.fileTouched = this.editing;
    // Only the preview once the Markdown renderer arrives: a full update would hide a result shown
    // in the meantime (« Vérifier » pressed right after typing the text, before the renderer arrived).
    this.renderBody = createBodyRenderer(() => this.refreshPreview());
    void loaded.index.then((list) => {
      this.existing = new Set((list ?? []).map(([id]) => id).filter((id) => id !== fiche));
    });
  }

  private get editing(): boolean {
    return this.loaded.original !== undefined;
  }

  /** Fills the form (a draft, the record edited or a fresh one), listens, and shows the preview. */
  open(): void {
    if (this.loaded.original) showEditing(this.loaded.original, this.fiche, this.fileInput);
    this.restore();
    this.listen();
    $<HTMLButtonElement>('verifier')?.removeAttribute('disabled');
    this.update();
  }

  private check() {
    const { data, items } = readRecord(this.config.fields, this.controls);
    const errors = checkForm({
      schema: this.schema,
      fields: this.config.fields,
      data,
      items,
      hasPlace: (id) => this.form.querySelector(`[data-error-for="${id}"]`) !== null,
      fichier: this.fileInput.value,
      corps: this.bodyInput.value,
      bodyRequired: this.config.bodyRequired,
      existing: this.existing,
    });
    return { data, errors };
  }

  private refreshPreview(): void {
    showPreview(this.config.fields, readRecord(this.config.fields, this.controls).data, this.bodyInput.value, this.renderBody);
  }

  /** After each change: the file name from the title, the preview, the messages once checked, the draft. */
  private update(): void {
    if (!this.fileTouched) this.fileInput.value = slugify(this.controls.text('f-titre'));
    const { errors, data } = this.check();
    showPreview(this.config.fields, data, this.bodyInput.value, this.renderBody);
    if (this.submitted) showErrors(this.form, errors);
    const result = $('result');
    if (result) result.hidden = true;
    if (this.dirty) saveDraft(this.config.collection, this.draftId, { data, corps: this.bodyInput.value, fichier: this.fileInput.value });
  }

  private changed(): void {
    this.dirty = true;
    this.update();
  }

  private fill(data: RecordData, corps: string, fichier: string): void {
    writeRecord(this.config.fields, data, this.controls);
    this.controls.ensureMinimums();
    this.bodyInput.value = corps;
    this.fileInput.value = fichier;
    void this.pickers?.then((m) =>
      m.mountPickers(this.form, this.loaded.lists, this.controls, () => this.changed(), this.config.communesUrl),
    );
  }

  /** The record edited as published, or an empty form (with the territory it was opened from). */
  private fresh(): void {
    const original = this.loaded.original;
    if (original) this.fill(original.data, original.corps, this.fiche);
    else {
      // From a territory page: its département or région comes ticked.
      this.fill(territoryPreset(location.search), '', '');
      // Today's date (Paris) for the publication; the team changes it on publication if needed.
      this.controls.setText('f-publie_le', parisToday());
    }
  }

  /** Nothing typed is lost on a reload: the draft kept on this device comes back. */
  private restore(): void {
    const draft = loadDraft(this.config.collection, this.draftId);
    if (!draft) return this.fresh();
    this.fill(draft.data, draft.corps, this.editing ? this.fiche : draft.fichier);
    this.fileTouched = this.editing || draft.fichier !== slugify(this.controls.text('f-titre'));
    status('Vos réponses précédentes ont été retrouvées. « Tout effacer » repart de zéro.');
  }

  private listen(): void {
    wireListButtons(this.form, this.controls, () => this.changed());
    this.fileInput.addEventListener('input', () => {
      this.fileTouched = this.fileInput.value.trim() !== '';
    });
    // Before the form's own input handler, which a filter's input must not reach.
    wireChoiceFilters(this.form);
    this.form.addEventListener('input', (event) => {
      const picker = (event.target as HTMLElement).closest<HTMLElement>('[data-picker]');
      if (picker?.dataset.picker && !picker.dataset.addTo) this.controls.forgetIfEdited(picker.dataset.picker);
      this.dirty = true;
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(() => this.update(), 150);
    });
    this.form.addEventListener('change', () => this.changed());
    // « Vérifier » (or Enter in a field) checks in place: the page never reloads.
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.verify();
    });
    $('tout-effacer')?.addEventListener('click', () => this.clear());
  }

  /** « Vérifier »: the messages, or the finished file with the ways to send it. */
  private async verify(): Promise<void> {
    // A pending preview update would hide the result just shown.
    window.clearTimeout(this.timer);
    await this.loaded.index;
    this.submitted = true;
    const { errors, data } = this.check();
    showErrors(this.form, errors);
    showSummary(this.form, errors);
    if (errors.size) {
      const result = $('result');
      if (result) result.hidden = true;
      $('error-summary')?.focus();
      return;
    }
    const { collection, depot, branche, contact } = this.config;
    const { fichier, content, changes } = prepareProposal(
      this.config.fields,
      data,
      this.bodyInput.value,
      this.fileInput.value,
      this.loaded.original,
    );
    showResult({
      collection,
      fichier,
      content,
      titre: typeof data.titre === 'string' ? data.titre : '',
      edit: this.editing,
      changes,
      depot,
      branche,
      contact,
    });
    // The relay's « Envoyer ma proposition » (when the site has one) listens for the ready file.
    const ready: PreparedRecord = { collection, slug: fichier.replace(/\.md$/, ''), text: content, edit: this.editing };
    document.dispatchEvent(new CustomEvent(PROPOSAL_READY, { detail: ready }));
  }

  /** « Tout effacer »: back to the published record, or to an empty form. */
  private clear(): void {
    clearDraft(this.config.collection, this.draftId);
    this.dirty = false;
    this.submitted = false;
    this.fileTouched = this.editing;
    this.fresh();
    showErrors(this.form, new Map());
    showSummary(this.form, new Map());
    this.update();
    status(this.editing ? 'Vos changements sont effacés : le formulaire montre la fiche publiée.' : 'Le formulaire est vide.');
  }
}

export async function startProposalForm(): Promise<void> {
  const config = JSON.parse($('proposal-config')?.textContent ?? '{}') as Config;
  const form = $<HTMLFormElement>('proposal');
  const fileInput = $<HTMLInputElement>(OWN_CONTROLS.fichier);
  const bodyInput = $<HTMLTextAreaElement>(OWN_CONTROLS.corps);
  if (!form || !fileInput || !bodyInput) return;
  // « ?fiche=cap-rural »: edit that record.
  const fiche = askedRecord(location.search);
  const loaded = await loadFormData(config.fichesUrl, config.collection, config.fields, fiche);
  if (fiche && !loaded.original) status(`La fiche « ${fiche} » est introuvable : le formulaire propose une nouvelle fiche.`);
  new ProposalForm(config, form, fileInput, bodyInput, fiche, loaded).open();
}
