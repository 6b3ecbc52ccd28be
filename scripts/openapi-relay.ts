// `npm run openapi:relay`: rewrites relay/test/github-openapi.json, the part of GitHub's REST API
// description (@octokit/openapi) that the relay's fake GitHub checks requests against.
// The whole package is 385 MB (six descriptions, dereferenced copies); installing it for every
// contributor to read a few operations cost a quarter of node_modules. The pinned version is
// fetched on demand with `npm pack` into a temporary folder, never installed.
// To check one more endpoint: add a line to OPERATIONS and run the script again.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The @octokit/openapi release the committed subset comes from. */
const VERSION = '23.0.2';

/** Every operation the fake GitHub answers or the relay may call, `METHOD /path/{template}`. */
const OPERATIONS = [
  'POST /app/installations/{installation_id}/access_tokens',
  'GET /repos/{owner}/{repo}/git/ref/{ref}',
  'POST /repos/{owner}/{repo}/git/refs',
  'PATCH /repos/{owner}/{repo}/git/refs/{ref}',
  'DELETE /repos/{owner}/{repo}/git/refs/{ref}',
  'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
  'POST /repos/{owner}/{repo}/git/trees',
  'GET /repos/{owner}/{repo}/git/blobs/{file_sha}',
  'POST /repos/{owner}/{repo}/git/commits',
  'GET /repos/{owner}/{repo}/contents/{path}',
  'PUT /repos/{owner}/{repo}/contents/{path}',
  'POST /repos/{owner}/{repo}/pulls',
  'POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
  'POST /repos/{owner}/{repo}/issues',
  'POST /repos/{owner}/{repo}/issues/{issue_number}/labels',
];

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'relay/test/github-openapi.json');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
interface Spec {
  openapi: string;
  info: Record<string, Json>;
  paths: Record<string, Record<string, Json>>;
  components: Record<string, Record<string, Json>>;
}

function fetchSpec(): Spec {
  const dir = mkdtempSync(path.join(tmpdir(), 'coop-openapi-'));
  try {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const packed = spawnSync(npm, ['pack', `@octokit/openapi@${VERSION}`, '--silent'], {
      cwd: dir,
      encoding: 'utf8',
      shell: process.platform === 'win32',
    });
    if (packed.status !== 0) throw new Error(`npm pack @octokit/openapi@${VERSION} a échoué : ${packed.stderr}`);
    const tarball = packed.stdout.trim().split('\n').pop() ?? '';
    const file = 'package/generated/api.github.com.json';
    const untar = spawnSync('tar', ['-xzf', tarball, file], { cwd: dir, encoding: 'utf8' });
    if (untar.status !== 0) throw new Error(`tar a échoué : ${untar.stderr}`);
    return JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Spec;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every `#/components/<kind>/<name>` reference inside a value. */
function refs(value: Json, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) refs(v, found);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === '$ref' && typeof v === 'string') found.push(v);
      else refs(v, found);
    }
  }
  return found;
}

/** Drops the examples of media types (beside a `schema`): documentation, never read by the checker. */
function withoutExamples(value: Json): Json {
  if (Array.isArray(value)) return value.map(withoutExamples);
  if (!value || typeof value !== 'object') return value;
  const mediaType = 'schema' in value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !(mediaType && key === 'examples'))
      .map(([k, v]) => [k, withoutExamples(v)]),
  );
}

function subset(spec: Spec, operations: readonly string[]): Spec {
  const paths: Spec['paths'] = {};
  for (const operation of operations) {
    const [method = '', template = ''] = operation.split(' ');
    const found = spec.paths[template]?.[method.toLowerCase()];
    if (!found) throw new Error(`${operation} : absent de @octokit/openapi ${VERSION}`);
    (paths[template] ??= {})[method.toLowerCase()] = withoutExamples(found);
  }
  const components: Spec['components'] = {};
  const queue = refs(paths);
  for (let ref = queue.pop(); ref !== undefined; ref = queue.pop()) {
    const [, , kind = '', name = ''] = ref.split('/');
    if (components[kind]?.[name] !== undefined) continue;
    const found = spec.components[kind]?.[name];
    if (found === undefined) throw new Error(`${ref} : référence introuvable`);
    const kept = withoutExamples(found);
    (components[kind] ??= {})[name] = kept;
    queue.push(...refs(kept));
  }
  // openapi-check.ts resolves parameters by name in this table: keep it even when empty.
  components.parameters ??= {};
  return { openapi: spec.openapi, info: { ...spec.info, 'x-octokit-openapi-version': VERSION }, paths, components };
}

const kept = subset(fetchSpec(), OPERATIONS);
writeFileSync(OUT, `${JSON.stringify(kept, null, 1)}\n`);
console.log(`${path.relative(ROOT, OUT)} : ${OPERATIONS.length} opérations de @octokit/openapi ${VERSION}.`);
