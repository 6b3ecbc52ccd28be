// « ?fiche=cap-rural »: the form opens on a published record, to correct it.
import type { RecordJson } from '../../lib/contribution/record-json.ts';
import { SLUG_PATTERN } from '../../schemas/shared/text.ts';
import { OWN_CONTROLS, helpIdOf } from '../../lib/contribution/form-ids.ts';

const $ = (id: string) => document.getElementById(id);

/** The record id the address asks for, when it is a valid one. */
export function askedRecord(search: string): string {
  const asked = new URLSearchParams(search).get('fiche') ?? '';
  return SLUG_PATTERN.test(asked) ? asked : '';
}

/** The page says it edits this record; its file name cannot change. */
export function showEditing(original: RecordJson, fiche: string, fileInput: HTMLInputElement): void {
  const titre = typeof original.data.titre === 'string' ? original.data.titre : fiche;
  const h1 = document.querySelector('h1');
  if (h1) h1.textContent = `Modifier la fiche « ${titre} »`;
  document.title = `Modifier la fiche « ${titre} » — ${document.title.split(' — ').pop() ?? ''}`;
  fileInput.readOnly = true;
  const help = $(helpIdOf(OWN_CONTROLS.fichier));
  if (help) help.textContent = 'C’est le nom de la fiche existante : il ne change pas.';
  const lead = $('form-lead');
  if (lead)
    lead.textContent =
      'Le formulaire est rempli avec la fiche publiée. Corrigez ou complétez ce qui doit l’être : à la fin, vous obtiendrez la fiche entière mise à jour, à envoyer à l’équipe.';
}
