// The Nu Html Checker (the W3C validator, npm package vnu-jar) over many files in one Java
// run (Java takes seconds to start), and a check that every inline script is allowed by its
// page's Content-Security-Policy hash.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import VNU_JAR from 'vnu-jar';

export const HAS_JAVA = spawnSync('java', ['-version'], { encoding: 'utf8' }).status === 0;

if (!HAS_JAVA) {
  const message = 'Java introuvable : le Nu Html Checker ne peut pas tourner. Installez le paquet Debian « default-jre-headless ».';
  if (process.env.CI) throw new Error(message);
  console.warn(`\n⚠️  ${message}\n   Ces tests sont IGNORÉS.\n`);
}

export interface NuMessage {
  file: string;
  line?: number;
  type: string;
  subType?: string;
  message: string;
  extract?: string;
}

/**
 * Its Content-Security-Policy warnings are left out: it reads pages as file: URLs, where
 * 'self' matches nothing, and it counts JSON data blocks as scripts. The policy is checked
 * where it applies, in Chromium (tests/site/quality-browser.test.ts, feeds.test.ts).
 */
const CSP_WARNING = /violates Content Security Policy/;

/** Errors and warnings (not information) for HTML files or folders of HTML files. */
export function nuCheck(paths: readonly string[]): NuMessage[] {
  const run = spawnSync('java', ['-Xss4m', '-jar', VNU_JAR, '--format', 'json', '--exit-zero-always', '--skip-non-html', ...paths], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`Le Nu Html Checker n’a pas pu tourner :\n${run.stderr}`);
  const report = JSON.parse(run.stderr) as { messages: Array<NuMessage & { url?: string; lastLine?: number }> };
  return report.messages
    .filter((m) => m.type === 'error' || (m.type === 'info' && m.subType === 'warning'))
    .filter((m) => !CSP_WARNING.test(m.message))
    .map((m) => ({
      file: (m.url ?? '').replace(/^file:/, ''),
      line: m.lastLine,
      type: m.subType ?? m.type,
      message: m.message,
      extract: m.extract,
    }));
}

export function formatNuMessages(messages: readonly NuMessage[]): string {
  return messages.map((m) => `${m.file}:${m.line ?? '?'} ${m.type} — ${m.message} ${JSON.stringify(m.extract ?? '')}`).join('\n');
}

const DATA_BLOCK = /^(application\/(ld\+)?json|importmap|speculationrules)$/i;

/** Inline scripts the browser would run whose SHA-256 is not in the page's CSP script-src. */
export function unhashedInlineScripts(html: string): string[] {
  const { document } = parseHTML(html);
  const policy = document.querySelector('meta[http-equiv="content-security-policy" i]')?.getAttribute('content') ?? '';
  const scriptSrc =
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .find(([name]) => name === 'script-src') ?? [];
  const allowed = new Set(scriptSrc.slice(1));
  return [...document.querySelectorAll('script:not([src])')]
    .filter((s) => !DATA_BLOCK.test(s.getAttribute('type') ?? ''))
    .map((s) => s.textContent ?? '')
    .filter((code) => !allowed.has(`'sha256-${createHash('sha256').update(code).digest('base64')}'`));
}

export const readHtml = (file: string) => readFileSync(file, 'utf8');
