// What the proposal form shows: messages beside the fields and in a summary, the preview,
// and the finished file with the ways to send it.
import type { FormField } from '../../lib/contribution/proposal-model.ts';
import type { RecordData } from '../../lib/contribution/form-state.ts';
import { previewValue } from '../../lib/contribution/preview-value.ts';
import { changesText, type Change } from '../../lib/contribution/changes.ts';
import { githubNewFileUrl } from '../../lib/contribution/record-file.ts';
import { githubEditUrl, mailtoUrl } from '../../lib/contribution/send.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;

export function showErrors(form: HTMLFormElement, errors: Map<string, string>): void {
  for (const holder of form.querySelectorAll<HTMLElement>('[data-error-for]')) {
    const id = holder.dataset.errorFor ?? '';
    const message = errors.get(id) ?? '';
    const box = $(`${id}-erreur`);
    if (box) box.textContent = message ? `Erreur : ${message}` : '';
    const control = $(id) ?? holder.querySelector<HTMLElement>('input, select, textarea');
    if (message) control?.setAttribute('aria-invalid', 'true');
    else control?.removeAttribute('aria-invalid');
  }
}

export function showSummary(form: HTMLFormElement, errors: Map<string, string>): void {
  const summary = $('error-summary');
  const list = summary?.querySelector('ul');
  if (!summary || !list) return;
  list.replaceChildren(
    ...[...errors].map(([id, message]) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = `#${id}`;
      const label = form.querySelector(`label[for="${id}"], [id="${id}"] > legend`);
      a.textContent = `${label?.textContent?.replace(/ \(obligatoire\)$/, '') ?? 'Champ'} : ${message}`;
      a.addEventListener('click', (e) => {
        e.preventDefault();
        const target = $(id);
        const focusable = target?.matches('input, select, textarea')
          ? target
          : (target?.querySelector<HTMLElement>('input, select, textarea') ?? target);
        focusable?.focus();
      });
      li.append(a);
      return li;
    }),
  );
  summary.hidden = errors.size === 0;
}

export type BodyRenderer = (markdown: string) => DocumentFragment;

/** The page as it will look, simplified: title, summary, facts, then the text. */
export function showPreview(fields: readonly FormField[], data: RecordData, body: string, render: BodyRenderer): void {
  const box = $('preview');
  if (!box) return;
  const h = document.createElement('h3');
  h.textContent = typeof data.titre === 'string' ? data.titre : 'Titre de la fiche';
  const lead = document.createElement('p');
  lead.className = 'lead';
  lead.textContent = typeof data.resume === 'string' ? data.resume : '';
  const dl = document.createElement('dl');
  for (const f of fields) {
    const v = data[f.name];
    if (v === undefined || f.name === 'titre' || f.name === 'resume' || (Array.isArray(v) && v.length === 0)) continue;
    const shown = previewValue(v, f);
    if (!shown) continue;
    const dt = document.createElement('dt');
    dt.textContent = f.title;
    const dd = document.createElement('dd');
    dd.textContent = shown;
    dl.append(dt, dd);
  }
  const text = document.createElement('div');
  text.className = 'preview-body';
  text.append(render(body));
  box.replaceChildren(h, lead, dl, text);
}

export interface ResultInput {
  collection: string;
  /** File name, with `.md`. */
  fichier: string;
  content: string;
  titre: string;
  /** True when the file replaces an existing record. */
  edit: boolean;
  /** For an edit: what changes, field by field. */
  changes: readonly Change[];
  depot: string;
  branche: string;
  contact: string;
}

/** « Ce que vous changez »: one line per changed field, before and after. */
function showChanges(edit: boolean, changes: readonly Change[]): void {
  const box = $('result-changes');
  const list = box?.querySelector('ul');
  if (!box || !list) return;
  box.hidden = !edit;
  list.replaceChildren(
    ...(changes.length ? changes : [undefined]).map((c) => {
      const li = document.createElement('li');
      if (!c) li.textContent = 'Aucun changement : la fiche est identique à celle publiée.';
      else {
        const name = document.createElement('strong');
        name.textContent = c.champ;
        li.append(name, ` : « ${c.avant} » devient « ${c.apres} »`);
      }
      return li;
    }),
  );
}

/** The finished file and every way to send it. */
export function showResult(r: ResultInput): void {
  const file = `content/${r.collection}/${r.fichier}`;
  const text = (id: string, value: string) => {
    const el = $(id);
    if (el) el.textContent = value;
  };
  const toggle = (id: string, visible: boolean) => {
    const el = $(id);
    if (el) el.hidden = !visible;
  };
  text('result-file', r.fichier);
  text('result-text', r.content);
  text('result-title', r.edit ? 'Votre modification est prête' : 'Votre fiche est prête');

  showChanges(r.edit, r.changes);

  // By e-mail: the file in the message when it fits, otherwise as an attachment.
  if (r.contact) {
    const subject = `${r.edit ? 'Modification' : 'Proposition'} de fiche : ${r.titre}`;
    const mail = mailtoUrl(r.contact, subject, r.edit ? `Ce qui change :\n${changesText(r.changes)}\n\n${r.content}` : r.content);
    const link = $<HTMLAnchorElement>('result-mailto');
    if (link) link.href = mail.url;
    toggle('result-mail-short', mail.withFile);
    toggle('result-mail-long', !mail.withFile);
  }

  // Through GitHub: a new file opens filled in; an existing one opens in the editor, to paste into.
  const link = githubNewFileUrl(r.depot, r.branche, file, r.content);
  toggle('result-github', !r.edit && link.ok);
  toggle('result-toolong', !r.edit && !link.ok);
  toggle('result-edit', r.edit);
  if (link.ok) $<HTMLAnchorElement>('result-link')?.setAttribute('href', link.url);
  $<HTMLAnchorElement>('result-upload')?.setAttribute('href', `${r.depot.replace(/\/+$/, '')}/upload/${r.branche}/content/${r.collection}`);
  $<HTMLAnchorElement>('result-editor')?.setAttribute('href', githubEditUrl(r.depot, r.branche, file));

  const status = (message: string) => text('result-status', message);
  const download = () => {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([r.content], { type: 'text/markdown;charset=utf-8' }));
    a.download = r.fichier;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    status(`Fiche téléchargée : ${r.fichier}.`);
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(r.content);
      status('Texte de la fiche copié.');
    } catch {
      status('La copie n’a pas fonctionné : ouvrez « Voir le texte de la fiche » et copiez-le à la main.');
    }
  };
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-result-download]')) b.onclick = download;
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-result-copy]')) b.onclick = copy;

  const result = $('result');
  if (result) {
    result.hidden = false;
    result.focus();
  }
}
