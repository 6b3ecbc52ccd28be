// The keys of a record that tell a duplicate (duplicates.ts), from its front matter:
// built once for the page (/contribuer/importer/<collection>.json) and by the command.
import type { RecordKey } from './duplicates.ts';

export function recordKey(id: string, data: Record<string, unknown>): RecordKey {
  const contact = (data.contact ?? {}) as { site?: unknown; email?: unknown };
  const departements = Array.isArray(data.departements) ? data.departements.map(String) : [];
  return {
    id,
    titre: typeof data.titre === 'string' ? data.titre : id,
    departements,
    ...(typeof contact.site === 'string' ? { site: contact.site } : {}),
    ...(typeof contact.email === 'string' ? { email: contact.email } : {}),
  };
}
