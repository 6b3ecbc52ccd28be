// What the import page fetches from the site, each file once and only when a sheet is
// checked: the records' keys (duplicates, names of references), the communes with their
// postal codes, and the records that rows propose to edit. Then the rows are planned in
// slices of about 50 ms, so that a long sheet never freezes the page.
import type { CollectionName } from '../../schemas/index.ts';
import type { RecordJson } from '../../lib/contribution/record-json.ts';
import { communeIndexFromLines } from '../../lib/import/commune-lines.ts';
import type { RecordKey } from '../../lib/import/duplicates.ts';
import { planRows, type Original, type PlanInput, type PlannedRow } from '../../lib/import/plan.ts';
import type { CommuneIndex } from '../../lib/territories/commune-index.ts';

export interface DataUrls {
  /** Folder of /contribuer/importer/<collection>.json (record keys). */
  keysUrl: string;
  communesUrl: string;
  /** Folder of /contribuer/fiches/<collection>/<id>.json (records, for edits). */
  fichesUrl: string;
}

export const NO_COMMUNES: CommuneIndex = { byCode: () => undefined, byPostalCode: () => [], byName: () => [] };

async function fetchJson<T>(url: string): Promise<T | undefined> {
  try {
    const r = await fetch(url);
    return r.ok ? ((await r.json()) as T) : undefined;
  } catch {
    return undefined;
  }
}

export class ImportData {
  readonly keys = new Map<CollectionName, RecordKey[]>();
  private communeIndex: CommuneIndex | undefined;

  private readonly urls: DataUrls;

  constructor(urls: DataUrls) {
    this.urls = urls;
  }

  /** Loads the keys of these collections; true when something new arrived. */
  async loadKeys(collections: readonly CollectionName[]): Promise<boolean> {
    const missing = collections.filter((c) => !this.keys.has(c));
    await Promise.all(missing.map(async (c) => this.keys.set(c, (await fetchJson<RecordKey[]>(`${this.urls.keysUrl}${c}.json`)) ?? [])));
    return missing.length > 0;
  }

  async communes(): Promise<CommuneIndex> {
    if (!this.communeIndex) {
      const r = await fetch(this.urls.communesUrl).catch(() => undefined);
      if (r?.ok) this.communeIndex = communeIndexFromLines(await r.text());
    }
    return this.communeIndex ?? NO_COMMUNES;
  }

  async originals(collection: CollectionName, ids: Iterable<string>): Promise<Map<string, Original>> {
    const out = new Map<string, Original>();
    for (const id of new Set(ids)) {
      const json = await fetchJson<RecordJson>(`${this.urls.fichesUrl}${collection}/${id}.json`);
      if (json) out.set(id, { header: json.data, body: json.corps });
    }
    return out;
  }
}

/** Plans the rows, giving the browser a turn every 50 ms; `progress` tells how far it is. */
export async function planInSlices(input: PlanInput, progress: (done: number) => void): Promise<PlannedRow[]> {
  const out: PlannedRow[] = [];
  let sliceStart = performance.now();
  for (const row of planRows(input)) {
    out.push(row);
    if (performance.now() - sliceStart > 50) {
      progress(out.length);
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = performance.now();
    }
  }
  return out;
}
