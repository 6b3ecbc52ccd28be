// What an edit changes, field by field, in the words the page uses: shown with the finished file
// so that the team (and a contributor applying it in GitHub's editor) sees it at a glance.
import type { FormField } from './proposal-model.ts';
import type { RecordData, Value } from './form-state.ts';
import { previewValue } from './preview-value.ts';

export interface Change {
  /** The field's title, as the form labels it. */
  champ: string;
  /** Before and after, as the page shows them; « (vide) » for nothing. */
  avant: string;
  apres: string;
}

const EMPTY = '(vide)';

/** Values that mean the same are equal: an absent field, an empty list and an empty text. */
function same(a: Value, b: Value): boolean {
  const norm = (v: Value): string => (v === undefined || v === '' || (Array.isArray(v) && v.length === 0) ? '' : JSON.stringify(v));
  return norm(a) === norm(b);
}

/** The changes from the published record to the edited one, in the form's order; the text last. */
export function recordChanges(
  fields: readonly FormField[],
  before: RecordData,
  after: RecordData,
  corpsBefore: string,
  corpsAfter: string,
): Change[] {
  const out: Change[] = [];
  for (const f of fields) {
    if (same(before[f.name], after[f.name])) continue;
    out.push({ champ: f.title, avant: previewValue(before[f.name], f) || EMPTY, apres: previewValue(after[f.name], f) || EMPTY });
  }
  if (corpsBefore.trim() !== corpsAfter.trim())
    out.push({
      champ: 'Texte de la fiche',
      avant: corpsBefore.trim() ? 'le texte publié' : EMPTY,
      apres: corpsAfter.trim() ? 'le texte modifié (voir la fiche complète)' : EMPTY,
    });
  return out;
}

/** The changes as plain lines, for a message: « Résumé : « avant » → « après » ». */
export function changesText(changes: readonly Change[]): string {
  return changes.map((c) => `- ${c.champ} : « ${c.avant} » → « ${c.apres} »`).join('\n');
}
