// Browser side of the proposal form: wires the page's events to the form's core
// (src/lib/contribution/form-state.ts, form-check.ts) and to what it shows (form-render.ts).
// Checks use the same zod schemas as `npm run validate`. Loaded by the form pages only.
import { territoryPreset } from '../../lib/contribution/territory-preset.ts';
import './zod-jitless.ts';
import { createSchemas, type CollectionName } from '../../schemas/index.ts';
import { SLUG_PATTERN } from '../../schemas/shared.ts';
import type { FormField } from '../../lib/contribution/proposal-model.ts';
import { PROPOSAL_READY, type PreparedRecord } from '../../lib/contribution/relay-client.ts';
import { checkForm } from '../../lib/contribution/form-check.ts';
import { mergeRecord, readRecord, writeRecord, type RecordData } from '../../lib/contribution/form-state.ts';
import type { RecordJson } from '../../lib/contribution/record-json.ts';
import { recordFile } from '../../lib/contribution/record-file.ts';
import { recordChanges } from '../../lib/contribution/changes.ts';
import { foldName, foldQuery, slugify } from '../../lib/text/fold.ts';
import { DomControls, type Ref } from './form-controls.ts';
import { clearDraft, loadDraft, saveDraft } from './form-draft.ts';
import { showErrors, showPreview, showResult, showSummary } from './form-render.ts';

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

/** The collections the reference fields choose from. */
function refsOf(fields: readonly FormField[]): Set<Ref> {
  const out = new Set<Ref>();
  const visit = (f: FormField) => {
    if (f.ref) out.add(f.ref);
    f.fields?.forEach(visit);
  };
  fields.forEach(visit);
  return out;
}

const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' }).format(new Date());

async function fetchJson<T>(url: string): Promise<T | undefined> {
  try {
    const response = await fetch(url);
    return response.ok ? ((await response.json()) as T) : undefined;
  } catch {
    return undefined;
  }
}

export async function startProposalForm(): Promise<void> {
  const config = JSON.parse($('proposal-config')?.textContent ?? '{}') as Config;
  const form = $<HTMLFormElement>('proposal');
  const fileInput = $<HTMLInputElement>('f-fichier');
  const bodyInput = $<HTMLTextAreaElement>('f-corps');
  if (!form || !fileInput || !bodyInput) return;
  const schema = createSchemas(config.lists)[config.collection];
  const controls = new DomControls(form);
  const status = (message: string) => {
    const box = $('form-status');
    if (box) box.textContent = message;
  };

  // « ?fiche=cap-rural »: edit that record.
  const asked = new URLSearchParams(location.search).get('fiche') ?? '';
  const fiche = SLUG_PATTERN.test(asked) ? asked : '';
  type Entries = Array<[string, string]>;
  const index = fetchJson<Entries>(`${config.fichesUrl}${config.collection}.json`);
  // Names of the actors and cooperations the form may point to, loaded once.
  const refs = [...refsOf(config.fields)];
  const lists = new Map<Ref, Entries>(await Promise.all(refs.map(async (ref) => [ref, (await fetchJson<Entries>(`${config.fichesUrl}${ref}.json`)) ?? []] as const)));
  for (const [ref, entries] of lists) controls.titles.set(ref, new Map(entries));
  const pickers = refs.length || form.querySelector('[data-commune-picker]') ? import('./record-picker.ts') : undefined;
  let original: RecordJson | undefined;
  if (fiche) {
    original = await fetchJson<RecordJson>(`${config.fichesUrl}${config.collection}/${fiche}.json`);
    if (!original) status(`La fiche « ${fiche} » est introuvable : le formulaire propose une nouvelle fiche.`);
  }
  const editing = original !== undefined;
  const draftId = editing ? fiche : '';
  let fileTouched = editing;
  let submitted = false;
  let dirty = false;

  if (original) {
    const titre = typeof original.data.titre === 'string' ? original.data.titre : fiche;
    const h1 = document.querySelector('h1');
    if (h1) h1.textContent = `Modifier la fiche « ${titre} »`;
    document.title = `Modifier la fiche « ${titre} » — ${document.title.split(' — ').pop() ?? ''}`;
    fileInput.readOnly = true;
    const help = $('f-fichier-aide');
    if (help) help.textContent = 'C’est le nom de la fiche existante : il ne change pas.';
    const lead = $('form-lead');
    if (lead) lead.textContent = 'Le formulaire est rempli avec la fiche publiée. Corrigez ou complétez ce qui doit l’être : à la fin, vous obtiendrez la fiche entière mise à jour, à envoyer à l’équipe.';
  }

  let renderMarkdown: ((markdown: string) => string) | undefined;
  const renderBody = (markdown: string): DocumentFragment => {
    const holder = document.createElement('template');
    if (!markdown.trim()) return holder.content;
    if (renderMarkdown) {
      holder.innerHTML = renderMarkdown(markdown);
      return holder.content;
    }
    // The Markdown renderer loads on first use; plain paragraphs until then.
    void import('../../lib/contribution/markdown-preview.ts').then((m) => {
      renderMarkdown = m.markdownPreviewHtml;
      // Only the preview: a full update would hide a result shown in the meantime (« Vérifier »
      // pressed right after typing the text, before the renderer arrived).
      refreshPreview();
    });
    for (const p of markdown.split(/\n\s*\n/).filter((t) => t.trim())) {
      const para = document.createElement('p');
      para.textContent = p.trim();
      holder.content.append(para);
    }
    return holder.content;
  };

  let existing = new Set<string>();
  void index.then((list) => {
    existing = new Set((list ?? []).map(([id]) => id).filter((id) => id !== fiche));
  });

  const check = () => {
    const { data, items } = readRecord(config.fields, controls);
    const errors = checkForm({
      schema,
      fields: config.fields,
      data,
      items,
      hasPlace: (id) => form.querySelector(`[data-error-for="${id}"]`) !== null,
      fichier: fileInput.value,
      corps: bodyInput.value,
      bodyRequired: config.bodyRequired,
      existing,
    });
    return { data, errors };
  };

  const refreshPreview = (): void => {
    showPreview(config.fields, readRecord(config.fields, controls).data, bodyInput.value, renderBody);
  };

  const update = (): void => {
    if (!fileTouched) fileInput.value = slugify(controls.text('f-titre'));
    const { errors, data } = check();
    showPreview(config.fields, data, bodyInput.value, renderBody);
    if (submitted) showErrors(form, errors);
    const result = $('result');
    if (result) result.hidden = true;
    if (dirty) saveDraft(config.collection, draftId, { data, corps: bodyInput.value, fichier: fileInput.value });
  };

  const fill = (data: RecordData, corps: string, fichier: string) => {
    writeRecord(config.fields, data, controls);
    controls.ensureMinimums();
    bodyInput.value = corps;
    fileInput.value = fichier;
    void pickers?.then((m) =>
      m.mountPickers(
        form,
        lists,
        controls,
        () => {
          dirty = true;
          update();
        },
        config.communesUrl,
      ),
    );
  };
  const fresh = () => {
    if (original) fill(original.data, original.corps, fiche);
    else {
      // From a territory page: its département or région comes ticked.
      fill(territoryPreset(location.search), '', '');
      // Today's date (Paris) for the publication; the team changes it on publication if needed.
      controls.setText('f-publie_le', today());
    }
  };
  const draft = loadDraft(config.collection, draftId);
  if (draft) {
    fill(draft.data, draft.corps, editing ? fiche : draft.fichier);
    fileTouched = editing || draft.fichier !== slugify(controls.text('f-titre'));
    status('Vos réponses précédentes ont été retrouvées. « Tout effacer » repart de zéro.');
  } else fresh();

  form.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    const add = target.closest<HTMLElement>('[data-add]');
    if (add) {
      const item = controls.addItemElement(add.dataset.add ?? '');
      item?.querySelector<HTMLElement>('input, select, textarea')?.focus();
      dirty = true;
      update();
    }
    const remove = target.closest<HTMLElement>('[data-remove]');
    const item = remove?.closest<HTMLElement>('[data-item]');
    if (item) {
      const list = item.parentElement;
      controls.removeItem(item);
      list?.parentElement?.querySelector<HTMLElement>('[data-add]')?.focus();
      dirty = true;
      update();
    }
    // « Retirer » beside a chosen actor or cooperation.
    const unchoose = target.closest<HTMLElement>('[data-unchoose]');
    const chosen = unchoose?.closest<HTMLElement>('[data-value]');
    if (chosen) {
      const field = chosen.closest<HTMLElement>('.field');
      chosen.remove();
      field?.querySelector<HTMLElement>('.picker input')?.focus();
      dirty = true;
      update();
    }
  });

  fileInput.addEventListener('input', () => {
    fileTouched = fileInput.value.trim() !== '';
  });

  // Filters of long choice lists: hide the choices whose label does not hold the typed letters.
  form.addEventListener('input', (event) => {
    const filter = event.target as HTMLInputElement;
    const id = filter.dataset.filterFor;
    if (!id) return;
    event.stopImmediatePropagation();
    const typed = foldQuery(filter.value);
    let shown = 0;
    for (const box of form.querySelectorAll<HTMLInputElement>(`[data-choice-of="${id}"]`)) {
      const row = box.closest<HTMLElement>('.check');
      if (!row) continue;
      const match = typed === '' || box.checked || foldName(row.textContent ?? '').includes(typed);
      row.hidden = !match;
      if (match) shown++;
    }
    const count = form.querySelector<HTMLElement>(`[data-filter-status="${id}"]`);
    if (count) count.textContent = typed ? `${shown} choix affiché${shown > 1 ? 's' : ''}` : '';
  });

  let timer: number | undefined;
  form.addEventListener('input', (event) => {
    const picker = (event.target as HTMLElement).closest<HTMLElement>('[data-picker]');
    if (picker?.dataset.picker && !picker.dataset.addTo) controls.forgetIfEdited(picker.dataset.picker);
    dirty = true;
    window.clearTimeout(timer);
    timer = window.setTimeout(update, 150);
  });
  form.addEventListener('change', () => {
    dirty = true;
    update();
  });

  const verify = async () => {
    // A pending preview update would hide the result just shown.
    window.clearTimeout(timer);
    await index;
    submitted = true;
    const { errors, data } = check();
    showErrors(form, errors);
    showSummary(form, errors);
    if (errors.size) {
      const result = $('result');
      if (result) result.hidden = true;
      $('error-summary')?.focus();
      return;
    }
    const whole = original ? mergeRecord(original.data, data, config.fields) : data;
    const fichier = original ? original.fichier : `${fileInput.value.trim()}.md`;
    const content = recordFile(whole, bodyInput.value);
    showResult({
      collection: config.collection,
      fichier,
      content,
      titre: typeof data.titre === 'string' ? data.titre : '',
      edit: editing,
      changes: original ? recordChanges(config.fields, original.data, whole, original.corps, bodyInput.value) : [],
      depot: config.depot,
      branche: config.branche,
      contact: config.contact,
    });
    // The relay's « Envoyer ma proposition » (when the site has one) listens for the ready file.
    const ready: PreparedRecord = { collection: config.collection, slug: fichier.replace(/\.md$/, ''), text: content, edit: editing };
    document.dispatchEvent(new CustomEvent(PROPOSAL_READY, { detail: ready }));
  };
  // « Vérifier » (or Enter in a field) checks in place: the page never reloads.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void verify();
  });
  $<HTMLButtonElement>('verifier')?.removeAttribute('disabled');

  $('tout-effacer')?.addEventListener('click', () => {
    clearDraft(config.collection, draftId);
    dirty = false;
    submitted = false;
    fileTouched = editing;
    fresh();
    showErrors(form, new Map());
    showSummary(form, new Map());
    update();
    status(editing ? 'Vos changements sont effacés : le formulaire montre la fiche publiée.' : 'Le formulaire est vide.');
  });

  update();
}
