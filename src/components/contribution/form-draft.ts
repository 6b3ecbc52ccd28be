// Nothing typed is lost on a reload: the form keeps a draft in this browser only
// (localStorage), one per collection and per record edited, until « Tout effacer ».
import type { RecordData } from '../../lib/contribution/form-state.ts';

export interface Draft {
  data: RecordData;
  corps: string;
  fichier: string;
}

const key = (collection: string, fiche: string) => `proposition:${collection}:${fiche || 'nouvelle'}`;

export function loadDraft(collection: string, fiche: string): Draft | undefined {
  try {
    const raw = localStorage.getItem(key(collection, fiche));
    if (!raw) return undefined;
    const draft = JSON.parse(raw) as Partial<Draft>;
    return draft.data && typeof draft.data === 'object'
      ? { data: draft.data, corps: String(draft.corps ?? ''), fichier: String(draft.fichier ?? '') }
      : undefined;
  } catch {
    // Storage refused (private browsing) or an unreadable draft: start afresh.
    return undefined;
  }
}

export function saveDraft(collection: string, fiche: string, draft: Draft): void {
  try {
    localStorage.setItem(key(collection, fiche), JSON.stringify(draft));
  } catch {
    // Full or refused storage: the form still works, without the safety net.
  }
}

export function clearDraft(collection: string, fiche: string): void {
  try {
    localStorage.removeItem(key(collection, fiche));
  } catch {
    // Nothing to clear.
  }
}
