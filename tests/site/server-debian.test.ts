// dist/ as a Debian server serves it: nginx started as root runs its workers as www-data, so a
// build only root can read answers 403 everywhere. The tests' own nginx runs as the same user
// as the build (tests/helpers/nginx.ts) and cannot see that; here a copy of dist/ made as a
// deployer makes it (`cp -a`, like `rsync -a`, keeps the modes) is served by workers running
// as www-data, with deploy/site.conf.
import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MAIN_DIST } from '../helpers/build.ts';
import { AS_ROOT, HAS_NGINX, serveWithNginx } from '../helpers/nginx.ts';
import { htmlRoutes } from '../helpers/quality.ts';
import type { StaticServer } from '../helpers/server.ts';

/** Every entry under a folder, links aside, with its mode. */
function modes(dir: string): Array<{ file: string; dir: boolean; mode: number }> {
  const stats = lstatSync(dir);
  const here = { file: dir, dir: true, mode: stats.mode & 0o777 };
  return [
    here,
    ...readdirSync(dir).flatMap((name) => {
      const entry = path.join(dir, name);
      const s = lstatSync(entry);
      if (s.isDirectory()) return modes(entry);
      return s.isFile() ? [{ file: entry, dir: false, mode: s.mode & 0o777 }] : [];
    }),
  ];
}

describe('dist/ as npm run build leaves it', () => {
  test('every folder can be entered and every file read by any user', () => {
    const all = modes(MAIN_DIST);
    const closed = all
      .filter((e) => (e.dir ? (e.mode & 0o005) !== 0o005 : (e.mode & 0o004) === 0))
      .map((e) => `${path.relative(MAIN_DIST, e.file) || 'dist/'} ${e.mode.toString(8)}`);
    expect(closed).toEqual([]);
    expect(all.filter((e) => !e.dir).length).toBeGreaterThan(100);
  });
});

if (HAS_NGINX && !AS_ROOT)
  console.warn(
    '\n⚠️  Ces tests ne tournent pas en root : nginx ne peut pas lancer ses processus sous www-data ; le test « servi comme sous Debian » est IGNORÉ.\n',
  );

describe.skipIf(!HAS_NGINX || !AS_ROOT)('a copy of dist/ served by nginx started as root, workers as www-data', () => {
  let server: StaticServer & { errorLog: () => string; pid: number | undefined };
  const parent = mkdtempSync(path.join(tmpdir(), 'coop-deployed-'));
  const site = path.join(parent, 'site');

  beforeAll(async () => {
    // The folder above the site is the server's own (/var/www): open to its workers.
    chmodSync(parent, 0o755);
    const copy = spawnSync('cp', ['-a', MAIN_DIST, site], { encoding: 'utf8' });
    if (copy.status !== 0) throw new Error(`copie de dist/ impossible : ${copy.stderr}`);
    server = await serveWithNginx(site, { user: 'www-data' });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(parent, { recursive: true, force: true });
  });

  test('answers 200 for every page, with the workers running as www-data', async () => {
    const workers = spawnSync('ps', ['-o', 'user=,args=', '--ppid', String(server.pid)], { encoding: 'utf8' }).stdout;
    expect(workers).toMatch(/^www-data\s+nginx: worker process/m);
    const routes = htmlRoutes(site).filter((r) => r !== '/404.html');
    const failed: string[] = [];
    for (const route of routes) {
      const response = await fetch(server.url + route, { redirect: 'manual' });
      if (response.status !== 200) failed.push(`${route} ${response.status}`);
      await response.body?.cancel();
    }
    expect(failed, server.errorLog()).toEqual([]);
    expect(routes.length).toBeGreaterThan(100);
  });
});
