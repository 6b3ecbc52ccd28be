// Serves a built site through Debian's nginx with the repository's deploy/site.conf, as the
// server block of deploy/nginx.conf does (without TLS): its own process, configuration and
// prefix in a temporary folder, on a free loopback port, in the foreground; close() stops it.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './build.ts';
import { serveDist, type StaticServer } from './server.ts';

export const NGINX_PATH = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
export const SITE_CONF = path.join(ROOT, 'deploy/site.conf');

/** Whether nginx can run here. Without it the server tests skip loudly, except in CI where they fail. */
export const HAS_NGINX = existsSync(NGINX_PATH);
if (!HAS_NGINX) {
  const message = `nginx introuvable (${NGINX_PATH}) : les tests du serveur ne peuvent pas tourner. Installez le paquet Debian « nginx » ou indiquez NGINX_PATH.`;
  if (process.env.CI) throw new Error(message);
  console.warn(`\n⚠️  ${message}\n   Ces tests sont IGNORÉS ; les pages sont servies sans les en-têtes du serveur.\n`);
}

/** The build as the deployed site serves it: through nginx and deploy/site.conf, or the small Node server without nginx. */
export async function serveSite(root: string): Promise<StaticServer> {
  return HAS_NGINX ? serveWithNginx(root) : serveDist(root);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Whether the tests run as root, so nginx can start as Debian starts it and run its workers as another user. */
export const AS_ROOT = process.getuid?.() === 0;

export interface NginxOptions {
  /**
   * The user nginx's workers run as when started by root (its `user` directive). By default
   * root itself, so that any build can be read; `www-data` is how Debian's nginx serves.
   */
  user?: string;
}

export async function serveWithNginx(
  root: string,
  options: NginxOptions = {},
): Promise<StaticServer & { errorLog: () => string; pid: number | undefined }> {
  const prefix = mkdtempSync(path.join(tmpdir(), 'coop-nginx-'));
  for (const dir of ['logs', 'temp']) mkdirSync(path.join(prefix, dir));
  const port = await freePort();
  const conf = path.join(prefix, 'nginx.conf');
  const temp = (name: string) => path.join(prefix, 'temp', name);
  writeFileSync(
    conf,
    [
      // As root, nginx would run its workers as « nobody », who may not read a build in a private folder.
      ...(AS_ROOT ? [`user ${options.user ?? 'root'};`] : []),
      'worker_processes 1;',
      `error_log ${path.join(prefix, 'logs/error.log')} warn;`,
      `pid ${path.join(prefix, 'nginx.pid')};`,
      'events { worker_connections 256; }',
      'http {',
      '  access_log off;',
      `  client_body_temp_path ${temp('body')};`,
      `  proxy_temp_path ${temp('proxy')};`,
      `  fastcgi_temp_path ${temp('fastcgi')};`,
      `  uwsgi_temp_path ${temp('uwsgi')};`,
      `  scgi_temp_path ${temp('scgi')};`,
      '  server {',
      `    listen 127.0.0.1:${port};`,
      `    root ${root};`,
      `    include ${SITE_CONF};`,
      '  }',
      '}',
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(NGINX_PATH, ['-p', prefix, '-c', conf, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const errorLog = () => (existsSync(path.join(prefix, 'logs/error.log')) ? readFileSync(path.join(prefix, 'logs/error.log'), 'utf8') : '');
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx n’a pas démarré :\n${stderr}\n${errorLog()}`);
    try {
      await fetch(url, { method: 'HEAD' });
      break;
    } catch {
      if (attempt > 100) throw new Error(`nginx ne répond pas sur ${url} :\n${stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    url,
    errorLog,
    pid: child.pid,
    close: async () => {
      child.kill('SIGTERM');
      await exited;
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
