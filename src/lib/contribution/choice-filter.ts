// The filter above a long list of choices (the 101 départements): which choices stay shown.
import { foldName, foldQuery } from '../text/fold.ts';

/** Whether a choice stays shown: nothing typed, already ticked, or its label holds the letters typed. */
export function choiceShown(typed: string, label: string, checked: boolean): boolean {
  const query = foldQuery(typed);
  return query === '' || checked || foldName(label).includes(query);
}

/** « 3 choix affichés » while something is typed; nothing otherwise. */
export function filterStatus(typed: string, shown: number): string {
  return foldQuery(typed) ? `${shown} choix affiché${shown > 1 ? 's' : ''}` : '';
}
