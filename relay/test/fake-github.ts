// A local stand-in for GitHub's REST API, on loopback, for the few operations the relay uses.
// Every request is checked against GitHub's published description (openapi-check.ts): a request
// the real API would not understand is answered 400 and listed in `mismatches`, which every test
// asserts empty. `failNext` makes one operation answer an error, as GitHub does; `hangNext` makes
// it never answer. A second, private repository of the same owner (`contactRepo`) receives the
// contact issues.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkRequest } from './openapi-check.ts';

export interface RecordedRequest {
  method: string;
  operation: string;
  path: string;
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
  authorization: string;
  userAgent: string;
}

export interface InjectedFailure {
  status: number;
  headers?: Record<string, string>;
  message: string;
}

export interface FakeGitHub {
  url: string;
  requests: RecordedRequest[];
  mismatches: string[];
  /** Branch name → files (path → text) of that branch. */
  branches: Map<string, Map<string, string>>;
  pulls: Array<{
    number: number;
    title: string;
    head: string;
    base: string;
    body: string;
    labels: string[];
    reviewers: string[];
    teamReviewers: string[];
  }>;
  /** Issues opened in the private contact repository. */
  contactIssues: Array<{ number: number; title: string; body: string }>;
  /** Commit messages, in order. */
  commitMessages: string[];
  /** Branches deleted, by name. */
  deletedBranches: string[];
  failNext(operation: string, failure: InjectedFailure): void;
  hangNext(operation: string): void;
  close(): Promise<void>;
}

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');
// As GitHub sends a file's content: base64 in lines of 60 characters.
const b64 = (text: string) =>
  (
    Buffer.from(text, 'utf8')
      .toString('base64')
      .match(/.{1,60}/g) ?? []
  ).join('\n');

export async function startFakeGitHub(options: {
  owner: string;
  repo: string;
  branch: string;
  files: Record<string, string>;
  contactRepo?: string;
}): Promise<FakeGitHub> {
  const contactRepo = options.contactRepo ?? 'suivi';
  const requests: RecordedRequest[] = [];
  const contactIssues: FakeGitHub['contactIssues'] = [];
  const commitMessages: string[] = [];
  const deletedBranches: string[] = [];
  const hanging = new Set<string>();
  const mismatches: string[] = [];
  const failures = new Map<string, InjectedFailure>();
  const branches = new Map([[options.branch, new Map(Object.entries(options.files))]]);
  const commits = new Map<string, Map<string, string>>();
  const trees = new Map<string, Map<string, string>>();
  const blobs = new Map<string, string>();
  const pulls: FakeGitHub['pulls'] = [];
  let url = '';

  const commitOf = (files: Map<string, string>) => {
    const sha = sha1(JSON.stringify([...files].sort()));
    commits.set(sha, new Map(files));
    for (const text of files.values()) blobs.set(sha1(text), text);
    return sha;
  };

  const handle = (
    req: IncomingMessage,
    method: string,
    reqUrl: URL,
    body: unknown,
    authorization: string,
  ): [number, unknown, Record<string, string>?] | 'hang' => {
    const checked = checkRequest(method, reqUrl, typeof body === 'string' ? body : '', req.headers['content-type']);
    if (checked.problems.length || !checked.operation) {
      mismatches.push(...checked.problems);
      return [400, { message: checked.problems.join(' ; ') }];
    }
    const op = checked.operation;
    const p = checked.params;
    const json = typeof body === 'string' && body ? (JSON.parse(body) as Record<string, unknown>) : {};
    requests.push({
      method,
      operation: op,
      path: reqUrl.pathname,
      params: p,
      query: Object.fromEntries(reqUrl.searchParams),
      body: json,
      authorization,
      userAgent: String(req.headers['user-agent']),
    });
    if (hanging.delete(op)) return 'hang';
    const failure = failures.get(op);
    if (failure) {
      failures.delete(op);
      return [failure.status, { message: failure.message, documentation_url: 'https://docs.github.com/rest' }, failure.headers];
    }
    if (op === 'POST /app/installations/{installation_id}/access_tokens') {
      if (!/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/i.test(authorization)) return [401, { message: 'A JSON web token could not be decoded' }];
      return [
        201,
        {
          token: 'ghs_faketoken',
          expires_at: new Date(Date.now() + 3_600_000).toISOString(),
          permissions: { contents: 'write', pull_requests: 'write' },
          repository_selection: 'selected',
        },
      ];
    }
    if (authorization !== 'token ghs_faketoken') return [401, { message: 'Bad credentials' }];
    // The app is installed on both repositories; the contact one only receives issues.
    if (op === 'POST /repos/{owner}/{repo}/issues' && p.owner === options.owner && p.repo === contactRepo) {
      contactIssues.push({
        number: contactIssues.length + 1,
        title: String(json.title),
        body: typeof json.body === 'string' ? json.body : '',
      });
      const number = contactIssues.length;
      return [
        201,
        { number, html_url: `https://github.com/${options.owner}/${contactRepo}/issues/${number}`, title: json.title, state: 'open' },
      ];
    }
    if (p.owner !== options.owner || p.repo !== options.repo) return [404, { message: 'Not Found' }];
    const repoUrl = `${url}/repos/${options.owner}/${options.repo}`;
    switch (op) {
      case 'GET /repos/{owner}/{repo}/git/ref/{ref}': {
        const files = branches.get((p.ref ?? '').replace(/^heads\//, ''));
        if (!files) return [404, { message: 'Not Found' }];
        const sha = commitOf(files);
        return [
          200,
          {
            ref: `refs/${p.ref}`,
            node_id: 'REF',
            url: `${repoUrl}/git/refs/${p.ref}`,
            object: { sha, type: 'commit', url: `${repoUrl}/git/commits/${sha}` },
          },
        ];
      }
      case 'GET /repos/{owner}/{repo}/git/trees/{tree_sha}': {
        const files = commits.get(p.tree_sha ?? '');
        if (!files) return [404, { message: 'Not Found' }];
        // A recursive listing names each folder too (type `tree`), as GitHub's does.
        const folders = new Set(
          [...files.keys()].flatMap((path) =>
            path
              .split('/')
              .slice(0, -1)
              .map((_, i, parts) => parts.slice(0, i + 1).join('/')),
          ),
        );
        const tree = [
          ...[...folders].map((path) => ({
            path,
            mode: '040000',
            type: 'tree',
            sha: sha1(`tree ${path}`),
            url: `${repoUrl}/git/trees/${sha1(`tree ${path}`)}`,
          })),
          ...[...files].map(([path, text]) => ({
            path,
            mode: '100644',
            type: 'blob',
            sha: sha1(text),
            size: Buffer.byteLength(text),
            url: `${repoUrl}/git/blobs/${sha1(text)}`,
          })),
        ];
        return [200, { sha: p.tree_sha, url: `${repoUrl}/git/trees/${p.tree_sha}`, tree, truncated: false }];
      }
      case 'GET /repos/{owner}/{repo}/contents/{path}': {
        const files = commits.get(reqUrl.searchParams.get('ref') ?? '') ?? branches.get(reqUrl.searchParams.get('ref') ?? options.branch);
        const text = files?.get(p.path ?? '');
        if (text === undefined) return [404, { message: 'Not Found' }];
        return [
          200,
          {
            type: 'file',
            encoding: 'base64',
            size: Buffer.byteLength(text),
            name: p.path?.split('/').pop(),
            path: p.path,
            content: b64(text),
            sha: sha1(text),
            url: '',
            git_url: null,
            html_url: null,
            download_url: null,
            _links: { self: '', git: null, html: null },
          },
        ];
      }
      case 'GET /repos/{owner}/{repo}/git/blobs/{file_sha}': {
        const text = blobs.get(p.file_sha ?? '');
        if (text === undefined) return [404, { message: 'Not Found' }];
        return [200, { content: b64(text), encoding: 'base64', url: '', sha: p.file_sha, size: Buffer.byteLength(text), node_id: 'BLOB' }];
      }
      case 'POST /repos/{owner}/{repo}/git/refs': {
        const name = String(json.ref).replace(/^refs\/heads\//, '');
        if (branches.has(name)) return [422, { message: 'Reference already exists' }];
        const files = commits.get(String(json.sha));
        if (!files) return [422, { message: 'Object does not exist' }];
        branches.set(name, new Map(files));
        return [
          201,
          { ref: json.ref, node_id: 'REF', url: `${repoUrl}/git/${String(json.ref)}`, object: { sha: json.sha, type: 'commit', url: '' } },
        ];
      }
      case 'DELETE /repos/{owner}/{repo}/git/refs/{ref}': {
        const name = (p.ref ?? '').replace(/^heads\//, '');
        if (!branches.delete(name)) return [422, { message: 'Reference does not exist' }];
        deletedBranches.push(name);
        return [204, ''];
      }
      case 'PUT /repos/{owner}/{repo}/contents/{path}': {
        const files = branches.get(typeof json.branch === 'string' ? json.branch : options.branch);
        if (!files) return [404, { message: 'Branch not found' }];
        const path = p.path ?? '';
        const current = files.get(path);
        if (current !== undefined && json.sha !== sha1(current)) return [409, { message: `${path} does not match ${String(json.sha)}` }];
        if (current === undefined && json.sha !== undefined) return [422, { message: 'sha wasn’t supplied' }];
        const text = Buffer.from(String(json.content), 'base64').toString('utf8');
        files.set(path, text);
        commitMessages.push(String(json.message));
        const commit = commitOf(files);
        return [
          current === undefined ? 201 : 200,
          { content: { name: path.split('/').pop(), path, sha: sha1(text) }, commit: { sha: commit, message: json.message } },
        ];
      }
      case 'POST /repos/{owner}/{repo}/git/trees': {
        // The base tree is known here by its commit's sha (GET trees answers with that sha).
        const base = commits.get(String(json.base_tree)) ?? trees.get(String(json.base_tree));
        if (json.base_tree !== undefined && !base) return [422, { message: 'base_tree is not a valid tree' }];
        const files = new Map(base ?? []);
        for (const entry of json.tree as Array<{ path: string; content?: string }>)
          if (typeof entry.content === 'string') files.set(entry.path, entry.content);
        const sha = sha1(`tree ${JSON.stringify([...files].sort())}`);
        trees.set(sha, files);
        for (const text of files.values()) blobs.set(sha1(text), text);
        return [
          201,
          {
            sha,
            url: `${repoUrl}/git/trees/${sha}`,
            truncated: false,
            tree: [...files].map(([path, text]) => ({
              path,
              mode: '100644',
              type: 'blob',
              sha: sha1(text),
              size: Buffer.byteLength(text),
            })),
          },
        ];
      }
      case 'POST /repos/{owner}/{repo}/git/commits': {
        const files = trees.get(String(json.tree));
        if (!files) return [422, { message: 'Tree SHA does not exist' }];
        if (!(json.parents as string[]).every((parent) => commits.has(parent))) return [422, { message: 'Parent SHA does not exist' }];
        commitMessages.push(String(json.message));
        const sha = commitOf(files);
        return [
          201,
          {
            sha,
            node_id: 'COMMIT',
            url: `${repoUrl}/git/commits/${sha}`,
            html_url: '',
            message: json.message,
            tree: { sha: json.tree, url: '' },
            parents: (json.parents as string[]).map((p) => ({ sha: p, url: '', html_url: '' })),
          },
        ];
      }
      case 'POST /repos/{owner}/{repo}/pulls': {
        if (!branches.has(String(json.head)))
          return [422, { message: 'Validation Failed', errors: [{ resource: 'PullRequest', field: 'head', code: 'invalid' }] }];
        const number = pulls.length + 1;
        pulls.push({
          number,
          title: String(json.title),
          head: String(json.head),
          base: String(json.base),
          body: typeof json.body === 'string' ? json.body : '',
          labels: [],
          reviewers: [],
          teamReviewers: [],
        });
        return [
          201,
          {
            number,
            html_url: `https://github.com/${options.owner}/${options.repo}/pull/${number}`,
            url: `${repoUrl}/pulls/${number}`,
            state: 'open',
            title: json.title,
          },
        ];
      }
      case 'POST /repos/{owner}/{repo}/issues/{issue_number}/labels': {
        const pr = pulls.find((x) => x.number === Number(p.issue_number));
        if (!pr) return [404, { message: 'Not Found' }];
        pr.labels.push(...(json.labels as string[]));
        return [200, pr.labels.map((name) => ({ name }))];
      }
      case 'POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers': {
        const pr = pulls.find((x) => x.number === Number(p.pull_number));
        if (!pr) return [404, { message: 'Not Found' }];
        pr.reviewers.push(...((json.reviewers as string[] | undefined) ?? []));
        pr.teamReviewers.push(...((json.team_reviewers as string[] | undefined) ?? []));
        return [201, { number: pr.number }];
      }
      default:
        mismatches.push(`${op} : opération documentée mais que le relais n’est pas censé appeler`);
        return [501, { message: 'Not implemented by the fake' }];
    }
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const reqUrl = new URL(req.url ?? '/', url);
      const body = Buffer.concat(chunks).toString('utf8');
      let status: number;
      let out: unknown;
      let headers: Record<string, string> | undefined;
      try {
        const result = handle(req, req.method ?? 'GET', reqUrl, body, req.headers.authorization ?? '');
        // Accepted, never answered: the connection stays open until the relay gives up (or close()).
        if (result === 'hang') return;
        [status, out, headers] = result;
      } catch (error) {
        mismatches.push(`erreur du faux GitHub : ${String(error)}`);
        [status, out] = [500, { message: String(error) }];
      }
      if (status === 204) {
        res.writeHead(204, headers);
        res.end();
        return;
      }
      res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
      res.end(JSON.stringify(out));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    mismatches,
    branches,
    pulls,
    contactIssues,
    commitMessages,
    deletedBranches,
    failNext: (operation, failure) => failures.set(operation, failure),
    hangNext: (operation) => hanging.add(operation),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
