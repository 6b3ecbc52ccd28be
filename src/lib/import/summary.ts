// The one sentence that sums up a checked sheet, for the page's result and its status line.
import type { PlannedRow } from './plan.ts';

export interface Summary {
  /** Records ready to send: new ones and edits. */
  ready: number;
  invalid: number;
  sentence: string;
}

export function summarise(rows: readonly PlannedRow[]): Summary {
  const count = (a: PlannedRow['action']) => rows.filter((r) => r.action === a).length;
  const parts = [
    `${rows.length} ligne(s) vérifiée(s)`,
    `${count('new')} nouvelle(s) fiche(s)`,
    `${count('edit')} modification(s)`,
    ...(count('unchanged') ? [`${count('unchanged')} déjà identique(s)`] : []),
    `${count('invalid')} ligne(s) avec un problème, laissée(s) de côté`,
    ...(count('skip') ? [`${count('skip')} ligne(s) déjà présente(s), laissée(s) de côté`] : []),
  ];
  return { ready: count('new') + count('edit'), invalid: count('invalid'), sentence: `${parts.join(' ; ')}.` };
}
