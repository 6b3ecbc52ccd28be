// Embeddable lists of records, one per département (src/lib/territories/hubs.ts decides which records).
import { buildTerritoryHubs } from '../../lib/territories/hubs.ts';
import { getAllRecords, recordUrl, toCard } from '../records.ts';
import { absolute } from './shared.ts';

export async function getEmbeds() {
  const hubs = buildTerritoryHubs(await getAllRecords());
  return hubs
    .filter((h) => h.kind === 'departement')
    .map((h) => ({
      code: h.code,
      slug: h.code.toLowerCase(),
      nom: h.nom,
      hub: absolute(h.href),
      items: h.local.map((r) => ({ ...toCard(r), href: absolute(recordUrl(r)) })),
    }));
}
