// Astro empties the output folder at the start of `astro build`, one file after the other, before
// it bundles anything: at 10,000 records the last site is 40,000 files (pages, edit-form JSON,
// calendars, the search index), and that took 5 s in every rebuild. This moves the last site
// aside under another name (one rename, on the same disk) when the build starts, and deletes it
// while Vite bundles and the pages render; the build waits for the deletion before it ends, so
// nothing is left behind. Astro's own emptying then finds no folder. A folder that cannot be
// renamed, or that holds a `.git` (which Astro keeps), is left to Astro as before.
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ASIDE = '.en-suppression-';

/**
 * Moves `outDir` aside and starts deleting it, with what earlier builds may have left aside; the
 * promise settles once all is deleted. Nothing is moved when `outDir` is missing, empty or holds a
 * `.git`.
 */
export function clearOutDir(outDir: string): Promise<void> {
  const dir = path.resolve(outDir);
  const parent = path.dirname(dir);
  const prefix = `${path.basename(dir)}${ASIDE}`;
  if (existsSync(dir)) {
    const entries = readdirSync(dir);
    if (entries.length > 0 && !entries.includes('.git')) {
      try {
        renameSync(dir, path.join(parent, `${prefix}${process.pid}-${Date.now()}`));
      } catch {
        // Another disk, a mount point, no right to rename: Astro empties it as it always did.
      }
    }
  }
  const aside = existsSync(parent) ? readdirSync(parent).filter((name) => name.startsWith(prefix)) : [];
  return Promise.all(aside.map((name) => rm(path.join(parent, name), { recursive: true, force: true }))).then(() => undefined);
}

export function outDir(): AstroIntegration {
  let folder = '';
  let deleting: Promise<void> = Promise.resolve();
  return {
    name: 'out-dir',
    hooks: {
      'astro:config:done': ({ config }) => {
        folder = fileURLToPath(config.outDir);
      },
      // Called by `astro build` alone (not by sync, check or dev), before Astro empties the folder.
      'astro:build:start': () => {
        deleting = clearOutDir(folder);
        // Awaited, and reported, by astro:build:done.
        deleting.catch(() => undefined);
      },
      'astro:build:done': async ({ logger }) => {
        await deleting.catch((error: unknown) => logger.warn(`L’ancien site mis de côté n’a pas pu être supprimé : ${String(error)}`));
      },
    },
  };
}
