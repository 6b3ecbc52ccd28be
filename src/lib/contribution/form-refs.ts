// The collections a form's reference fields choose from (« Porteurs » → acteurs).
import type { FormField } from './proposal-model.ts';

export type RefCollection = NonNullable<FormField['ref']>;

/** Every collection a field of the form, at any depth, points to. */
export function refsOf(fields: readonly FormField[]): Set<RefCollection> {
  const out = new Set<RefCollection>();
  const visit = (f: FormField) => {
    if (f.ref) out.add(f.ref);
    f.fields?.forEach(visit);
  };
  fields.forEach(visit);
  return out;
}
