// The finished proposal from what the form holds: for an edit, the whole record (fields the form
// does not show kept as they were) and what changed; for a new record, the file as typed.
import type { FormField } from './proposal-model.ts';
import { mergeRecord, type RecordData } from './form-state.ts';
import type { RecordJson } from './record-json.ts';
import { recordFile } from './record-file.ts';
import { recordChanges, type Change } from './changes.ts';

export interface Prepared {
  /** File name, with `.md`. */
  fichier: string;
  content: string;
  changes: Change[];
}

export function prepareProposal(
  fields: readonly FormField[],
  data: RecordData,
  corps: string,
  fichier: string,
  original?: RecordJson,
): Prepared {
  if (!original) return { fichier: `${fichier.trim()}.md`, content: recordFile(data, corps), changes: [] };
  const whole = mergeRecord(original.data, data, fields);
  return {
    fichier: original.fichier,
    content: recordFile(whole, corps),
    changes: recordChanges(fields, original.data, whole, original.corps, corps),
  };
}
