// Where a build's time goes, from what Node and Astro already write: the processor profile of
// `node --cpu-prof` (self time by package, or by module of the site's own bundled code) and
// Astro's build log (time of each generated file, grouped by kind of route).

/** The parts of a V8 .cpuprofile this summary reads. */
export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string } }>;
  samples: number[];
  timeDeltas: number[];
}

export interface Share {
  name: string;
  seconds: number;
}

/**
 * What a sample's URL belongs to: a package (`node_modules/yaml/…` → `yaml`), a bundled module
 * of the site (`.astro/.prerender/chunks/records_Bt3FdJZO.mjs` → `site: records`), Node itself,
 * or V8's own entries (garbage collector, idle, program).
 */
export function owner(url: string, functionName: string): string {
  if (url === '') return functionName.startsWith('(') ? functionName : `(${functionName || 'natif'})`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (pkg) return pkg;
  if (url.startsWith('node:')) return 'node';
  const chunk = /\/chunks\/(.+?)(?:_[\w-]{8})?\.m?js$/.exec(url)?.[1];
  if (chunk) return `site : ${chunk.replace(/^_+|_+$/g, '')}`;
  return url
    .replace(/^file:\/\//, '')
    .split('/')
    .slice(-2)
    .join('/');
}

/** Self time by owner, most first, idle time left out (a loaded machine makes it meaningless). */
export function selfTimeByOwner(profile: CpuProfile): { busySeconds: number; shares: Share[] } {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const micros = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const node = nodes.get(id);
    const delta = profile.timeDeltas[i] ?? 0;
    if (!node || node.callFrame.functionName === '(idle)') return;
    const name = owner(node.callFrame.url, node.callFrame.functionName);
    micros.set(name, (micros.get(name) ?? 0) + delta);
    busy += delta;
  });
  const shares = [...micros].map(([name, us]) => ({ name, seconds: us / 1e6 })).sort((a, b) => b.seconds - a.seconds);
  return { busySeconds: busy / 1e6, shares };
}

/**
 * The kind of a generated file, from its address: its first folder, and for anything deeper the
 * extension of what is written (`/acteurs/x/index.html` → `acteurs/…`, `/communes/22.json` →
 * `communes/….json`, `/acteurs/index.html` → `acteurs/`).
 */
export function routeKind(file: string): string {
  const parts = file
    .replace(/^\//, '')
    .replace(/(^|\/)index\.html$/, '')
    .split('/')
    .filter(Boolean);
  const [first] = parts;
  if (first === undefined) return '/';
  if (parts.length === 1) return first.includes('.') ? first : `${first}/`;
  const last = parts.at(-1) ?? '';
  const extension = /\.\w+$/.exec(last)?.[0] ?? '';
  return `${first}/…${extension}`;
}

/** Astro's « ├─ /acteurs/x/index.html (+12ms) » lines, summed by kind of route. */
export function renderTimeByRoute(log: string): Array<{ kind: string; files: number; seconds: number }> {
  const kinds = new Map<string, { files: number; ms: number }>();
  for (const m of log.matchAll(/[├└]─ (\S+)[^\n]*?\(\+(\d+(?:\.\d+)?)(ms|s)\)/g)) {
    const ms = Number(m[2]) * (m[3] === 's' ? 1000 : 1);
    const kind = routeKind(m[1] ?? '');
    const k = kinds.get(kind) ?? { files: 0, ms: 0 };
    k.files++;
    k.ms += ms;
    kinds.set(kind, k);
  }
  return [...kinds].map(([kind, k]) => ({ kind, files: k.files, seconds: k.ms / 1000 })).sort((a, b) => b.seconds - a.seconds);
}
