// Browser side of the proposal form: reads the fields, checks them with the same
// zod schemas as `npm run validate`, shows the French messages beside each field,
// previews the page and produces the Markdown file. Loaded by the form pages only.
import './zod-jitless.ts';
import { createSchemas, type CollectionName } from '../../schemas/index.ts';
import type { FormField } from '../../lib/contribution/proposal-model.ts';
import { githubNewFileUrl, recordFile } from '../../lib/contribution/record-file.ts';
import { parisMoment } from '../../lib/contribution/form-values.ts';
import { slugify } from '../../lib/content/slugs.ts';
import { SLUG_PATTERN } from '../../schemas/shared.ts';

interface Config {
  collection: CollectionName;
  fields: FormField[];
  lists: { themes: string[]; departements: string[]; regions: string[] };
  existing: string[];
  depot: string;
  branche: string;
  bodyRequired: boolean;
}

type Value = string | number | boolean | Value[] | { [key: string]: Value | undefined } | undefined;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;

/** Lower case without accents, so that « kergus » finds « Association de Kergus ». */
export function foldForFilter(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

export function startProposalForm(): void {
  const config = JSON.parse(($('proposal-config') as HTMLElement).textContent ?? '{}') as Config;
  const form = $('proposal') as HTMLFormElement;
  const schema = createSchemas(config.lists)[config.collection];
  const fileInput = $<HTMLInputElement>('f-fichier') as HTMLInputElement;
  const titre = $<HTMLInputElement>('f-titre') as HTMLInputElement;
  let fileTouched = false;
  let submitted = false;

  // Today's date (Paris) for the publication; maintainers change it on merge if needed.
  const publie = $<HTMLInputElement>('f-publie_le');
  if (publie && !publie.value) publie.value = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' }).format(new Date());

  // Lists: « Ajouter » clones the template; required lists start with one item.
  const addItem = (listId: string) => {
    const list = form.querySelector<HTMLElement>(`[data-list="${listId}"]`);
    const tpl = form.querySelector<HTMLTemplateElement>(`template[data-template-for="${listId}"]`);
    if (!list || !tpl) return undefined;
    const index = Number(list.dataset.next ?? '0');
    list.dataset.next = String(index + 1);
    const holder = document.createElement('div');
    holder.innerHTML = tpl.innerHTML.replaceAll(`§${tpl.dataset.depth}`, String(index));
    const item = holder.firstElementChild as HTMLElement;
    list.append(item);
    renumber(list);
    for (const inner of item.querySelectorAll<HTMLElement>('[data-list]')) ensureMin(inner);
    return item;
  };
  const renumber = (list: HTMLElement) => {
    [...list.children].forEach((item, i) => {
      const legend = item.querySelector('legend');
      if (legend) legend.textContent = legend.textContent.replace(/ : .*$/, ` : n° ${i + 1}`);
    });
  };
  const ensureMin = (list: HTMLElement) => {
    while (list.children.length < Number(list.dataset.min ?? '0')) addItem(list.dataset.list as string);
  };
  for (const list of form.querySelectorAll<HTMLElement>('[data-list]')) ensureMin(list);

  form.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    const add = target.closest<HTMLElement>('[data-add]');
    if (add) {
      const item = addItem(add.dataset.add as string);
      item?.querySelector<HTMLElement>('input, select, textarea')?.focus();
      update();
    }
    const remove = target.closest<HTMLElement>('[data-remove]');
    if (remove) {
      const item = remove.closest<HTMLElement>('[data-item]');
      const list = item?.parentElement;
      item?.remove();
      if (list) {
        renumber(list);
        list.parentElement?.querySelector<HTMLElement>('[data-add]')?.focus();
      }
      update();
    }
  });

  const text = (id: string) => ($<HTMLInputElement>(id)?.value ?? '').trim();

  /** The record as the form holds it, and where each list item's controls live. */
  function collect(): { data: Record<string, Value>; items: Map<string, string[]> } {
    const items = new Map<string, string[]>();
    const read = (f: FormField, segs: string[]): Value => {
      const id = `f-${segs.join('-')}`;
      switch (f.kind) {
        case 'integer':
        case 'number': {
          const v = text(id);
          return v === '' ? undefined : Number.isFinite(Number(v)) ? Number(v) : v;
        }
        case 'boolean':
          return $<HTMLInputElement>(id)?.checked ? true : undefined;
        case 'true':
          return $<HTMLInputElement>(id)?.checked ? true : undefined;
        case 'trueOrDate': {
          const yes = $<HTMLInputElement>(`${id}-oui`)?.checked;
          const day = text(`${id}-date`);
          return day || (yes ? true : undefined);
        }
        case 'moment':
          return parisMoment(text(`${id}-jour`), text(`${id}-heure`));
        case 'coordinates': {
          const lon = text(`${id}-0`);
          const lat = text(`${id}-1`);
          return lon === '' && lat === '' ? undefined : [Number(lon), Number(lat)];
        }
        case 'choices': {
          const values = [...form.querySelectorAll<HTMLInputElement>(`[data-choice-of="${id}"]:checked`)].map((c) => c.value);
          return values.length || f.required ? values : undefined;
        }
        case 'lines': {
          const values = ($<HTMLTextAreaElement>(id)?.value ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
          return values.length || f.required ? values : undefined;
        }
        case 'group': {
          const out: Record<string, Value> = {};
          for (const c of f.fields ?? []) out[c.name] = read(c, [...segs, c.name]);
          return Object.values(out).some((v) => v !== undefined) ? out : undefined;
        }
        case 'list': {
          const list = form.querySelector<HTMLElement>(`[data-list="${id}"]`);
          const indexes = [...(list?.children ?? [])].map((el) => (el as HTMLElement).dataset.index as string);
          items.set(id, indexes);
          const values = indexes.map((i) => {
            const out: Record<string, Value> = {};
            for (const c of f.fields ?? []) out[c.name] = read(c, [...segs, i, c.name]);
            return out;
          });
          return values.length || f.required ? values : undefined;
        }
        default: {
          const v = text(id);
          return v === '' ? undefined : v;
        }
      }
    };
    const data: Record<string, Value> = {};
    for (const f of config.fields) data[f.name] = read(f, [f.name]);
    return { data, items };
  }

  /** The control that shows an issue at `path`, or its closest parent on the page. */
  function controlFor(path: ReadonlyArray<PropertyKey>, items: Map<string, string[]>): string {
    let id = 'f';
    let best = 'f-titre';
    for (const seg of path) {
      const next = typeof seg === 'number' ? (items.get(id)?.[seg] ?? String(seg)) : String(seg);
      id = `${id}-${next}`;
      if (form.querySelector(`[data-error-for="${id}"]`)) best = id;
    }
    return best;
  }

  function kindAt(path: ReadonlyArray<PropertyKey>): string | undefined {
    let fields: FormField[] | undefined = config.fields;
    let field: FormField | undefined;
    for (const seg of path) {
      if (typeof seg === 'number') continue;
      field = fields?.find((f) => f.name === seg);
      fields = field?.fields;
    }
    return field?.kind;
  }

  function check(): { errors: Map<string, string>; data: Record<string, Value> } {
    const { data, items } = collect();
    const errors = new Map<string, string>();
    const result = schema.safeParse(data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const id = controlFor(issue.path, items);
        let message = issue.message;
        if (issue.code === 'invalid_union') {
          message = issue.errors.map((e) => e.find((i) => i.code !== 'invalid_type')).find(Boolean)?.message ?? message;
        }
        if (issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
          message = kindAt(issue.path) === 'true' ? 'cochez cette case pour confirmer' : 'ce champ est obligatoire';
        }
        if (!errors.has(id)) errors.set(id, message);
      }
    }
    const file = fileInput.value.trim();
    if (!file) errors.set('f-fichier', 'indiquez un nom de fichier');
    else if (!SLUG_PATTERN.test(file)) errors.set('f-fichier', `minuscules sans accents, chiffres et tirets seulement, par exemple « ${slugify(file) || 'ma-fiche'} »`);
    else if (config.existing.includes(file)) errors.set('f-fichier', `une fiche « ${file} » existe déjà : choisissez un autre nom, ou modifiez la fiche existante`);
    if (config.bodyRequired && text('f-corps') === '') errors.set('f-corps', 'écrivez le texte du témoignage (ou la transcription de l’enregistrement)');
    return { errors, data };
  }

  function showErrors(errors: Map<string, string>): void {
    for (const holder of form.querySelectorAll<HTMLElement>('[data-error-for]')) {
      const id = holder.dataset.errorFor as string;
      const message = errors.get(id) ?? '';
      const box = $(`${id}-erreur`);
      if (box) box.textContent = message ? `Erreur : ${message}` : '';
      const control = $(id) ?? holder.querySelector<HTMLElement>('input, select, textarea');
      if (message) control?.setAttribute('aria-invalid', 'true');
      else control?.removeAttribute('aria-invalid');
    }
  }

  function showSummary(errors: Map<string, string>): void {
    const summary = $('error-summary') as HTMLElement;
    const list = summary.querySelector('ul') as HTMLUListElement;
    list.replaceChildren(
      ...[...errors].map(([id, message]) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = `#${id}`;
        const label = form.querySelector(`label[for="${id}"], [id="${id}"] > legend`);
        a.textContent = `${label?.textContent?.replace(/ \(obligatoire\)$/, '') ?? id} : ${message}`;
        a.addEventListener('click', (e) => {
          e.preventDefault();
          const target = $(id);
          const focusable = target?.matches('input, select, textarea') ? target : target?.querySelector<HTMLElement>('input, select, textarea') ?? target;
          focusable?.focus();
        });
        li.append(a);
        return li;
      }),
    );
    summary.hidden = errors.size === 0;
  }

  function preview(data: Record<string, Value>): void {
    const box = $('preview') as HTMLElement;
    const h = document.createElement('h3');
    h.textContent = typeof data.titre === 'string' ? data.titre : 'Titre de la fiche';
    const lead = document.createElement('p');
    lead.className = 'lead';
    lead.textContent = typeof data.resume === 'string' ? data.resume : '';
    const dl = document.createElement('dl');
    const show = (v: Value, f: FormField): string => {
      if (Array.isArray(v)) return v.map((x) => (typeof x === 'object' ? Object.values(x as object).filter((y) => y !== undefined).join(', ') : (f.options?.find((o) => o.value === String(x))?.label ?? String(x)))).join(' ; ');
      if (v && typeof v === 'object') return Object.values(v).filter((y) => y !== undefined).join(', ');
      if (v === true) return 'oui';
      return f.options?.find((o) => o.value === String(v))?.label ?? String(v);
    };
    for (const f of config.fields) {
      const v = data[f.name];
      if (v === undefined || f.name === 'titre' || f.name === 'resume' || (Array.isArray(v) && v.length === 0)) continue;
      const dt = document.createElement('dt');
      dt.textContent = f.title;
      const dd = document.createElement('dd');
      dd.textContent = show(v, f);
      dl.append(dt, dd);
    }
    const body = ($<HTMLTextAreaElement>('f-corps')?.value ?? '').split(/\n\s*\n/).filter((p) => p.trim()).map((p) => {
      const para = document.createElement('p');
      para.textContent = p.trim();
      return para;
    });
    box.replaceChildren(h, lead, dl, ...body);
  }

  function update(): void {
    if (!fileTouched) fileInput.value = slugify(titre?.value ?? '');
    const { errors, data } = check();
    preview(data);
    if (submitted) showErrors(errors);
    ($('result') as HTMLElement).hidden = true;
  }

  fileInput.addEventListener('input', () => {
    fileTouched = fileInput.value.trim() !== '';
  });
  let timer: number | undefined;
  // Filters of long choice lists: hide the choices whose label does not hold the typed letters.
  form.addEventListener('input', (event) => {
    const filter = event.target as HTMLElement;
    const id = filter.dataset?.filterFor;
    if (!id) return;
    const typed = foldForFilter((filter as HTMLInputElement).value);
    let shown = 0;
    for (const box of form.querySelectorAll<HTMLInputElement>(`[data-choice-of="${id}"]`)) {
      const row = box.closest<HTMLElement>('.check')!;
      const match = typed === '' || box.checked || foldForFilter(row.textContent ?? '').includes(typed);
      row.hidden = !match;
      if (match) shown++;
    }
    const status = form.querySelector<HTMLElement>(`[data-filter-status="${id}"]`);
    if (status) status.textContent = typed ? `${shown} élément${shown > 1 ? 's' : ''} affiché${shown > 1 ? 's' : ''}` : '';
  });
  form.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(update, 150);
  });
  form.addEventListener('change', update);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // A pending preview update would hide the result just shown.
    window.clearTimeout(timer);
    submitted = true;
    const { errors, data } = check();
    showErrors(errors);
    showSummary(errors);
    if (errors.size) {
      ($('result') as HTMLElement).hidden = true;
      ($('error-summary') as HTMLElement).focus();
      return;
    }
    showResult(data);
  });

  function showResult(data: Record<string, Value>): void {
    const slug = fileInput.value.trim();
    const path = `content/${config.collection}/${slug}.md`;
    const content = recordFile(data, $<HTMLTextAreaElement>('f-corps')?.value ?? '');
    const link = githubNewFileUrl(config.depot, config.branche, path, content);
    ($('result-file') as HTMLElement).textContent = path;
    ($('result-text') as HTMLElement).textContent = content;
    ($('result-github') as HTMLElement).hidden = !link.ok;
    ($('result-toolong') as HTMLElement).hidden = link.ok;
    if (link.ok) ($('result-link') as HTMLAnchorElement).href = link.url;
    ($('result-upload') as HTMLAnchorElement).href = `${config.depot.replace(/\/+$/, '')}/upload/${config.branche}/content/${config.collection}`;
    ($('result-download') as HTMLButtonElement).onclick = () => {
      const a = document.createElement('a');
      a.href = URL.createObjectURL(new Blob([content], { type: 'text/markdown;charset=utf-8' }));
      a.download = `${slug}.md`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 1000);
      ($('result-status') as HTMLElement).textContent = `Fichier ${slug}.md téléchargé.`;
    };
    ($('result-copy') as HTMLButtonElement).onclick = async () => {
      const status = $('result-status') as HTMLElement;
      try {
        await navigator.clipboard.writeText(content);
        status.textContent = 'Texte copié.';
      } catch {
        status.textContent = 'La copie n’a pas fonctionné : ouvrez « Voir le contenu du fichier » et copiez-le à la main.';
      }
    };
    const result = $('result') as HTMLElement;
    result.hidden = false;
    result.focus();
  }

  update();
}
