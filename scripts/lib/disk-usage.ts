// What a folder occupies on disk, as `du` counts it (allocated blocks, each hard-linked file
// once, symbolic links not followed): the figure a newcomer or a CI runner pays for node_modules.
import { lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';

export function diskUsage(dir: string): number {
  const seen = new Set<string>();
  let total = 0;
  const walk = (p: string) => {
    const stat = lstatSync(p);
    const key = `${stat.dev}:${stat.ino}`;
    if (seen.has(key)) return;
    seen.add(key);
    total += stat.blocks * 512;
    if (stat.isDirectory()) for (const name of readdirSync(p)) walk(path.join(p, name));
  };
  walk(dir);
  return total;
}
