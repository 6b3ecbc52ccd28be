// The relay's few calls to GitHub's REST API, as the GitHub App installation.
import { Octokit } from '@octokit/core';
import { createAppAuth } from '@octokit/auth-app';
import { RequestError } from '@octokit/request-error';
import type { CollectionName } from '../../src/schemas/index.ts';
import { COLLECTIONS } from '../../src/schemas/index.ts';
import type { RelayConfig } from './config.ts';
import type { CreateJwt } from './app-key.ts';

/**
 * One client for the relay's life: the installation token it obtains is reused for its hour.
 * Every call, the token's included, gives up after `timeoutMs`: a GitHub that accepts the
 * connection and never answers must not hold the contributor's request for ever.
 */
export function githubClient(config: RelayConfig, createJwt: CreateJwt): Octokit {
  const timed: typeof fetch = (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(config.timeoutMs) });
  return new Octokit({
    baseUrl: config.apiUrl,
    userAgent: 'cooperations-relais-propositions',
    authStrategy: createAppAuth,
    auth: { appId: config.appId, createJwt, installationId: config.installationId },
    request: { fetch: timed },
  });
}

/** UTF-8 text to base64 without Node's Buffer (the Workers runtime has none by default). */
export function toBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  // In chunks: spreading a whole large file as arguments would overflow the stack.
  // Stryker disable next-line EqualityOperator: `<=` adds at most one empty chunk, which changes nothing.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** GitHub's base64 comes in lines: atob skips ASCII whitespace itself (the HTML standard's decoding). */
export function fromBase64(b64: string): string {
  const binary = atob(b64);
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export interface RepositoryState {
  baseSha: string;
  /** The tree of the base commit, which a batch's tree builds on. */
  treeSha: string;
  ids: Record<CollectionName, string[]>;
  /** Blob sha of each record, by `collection/id`. */
  blobs: Map<string, string>;
  themesYaml: string;
  /** The proposed record's current file, when it exists. */
  existing?: { path: string; text: string; sha: string };
}

/** What the checks need from the repository: ids of every record, the themes, the file itself. */
export async function readRepository(
  octokit: Octokit,
  config: RelayConfig,
  collection: CollectionName,
  slug: string,
): Promise<RepositoryState> {
  const repo = { owner: config.owner, repo: config.repo };
  const ref = await octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...repo, ref: `heads/${config.branch}` });
  const baseSha = ref.data.object.sha;
  const tree = await octokit.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', { ...repo, tree_sha: baseSha, recursive: '1' });
  const ids = Object.fromEntries(COLLECTIONS.map((c) => [c, [] as string[]])) as Record<CollectionName, string[]>;
  const blobs = new Map<string, string>();
  let found: { path: string; sha: string } | undefined;
  for (const entry of tree.data.tree) {
    // GitHub's description requires the path, type and sha of every entry; Octokit's types leave them optional.
    const { path, type, sha } = entry as { path: string; type: string; sha: string };
    // Only `.md` files are records (the validator refuses any other file in a collection).
    const match = /^content\/([a-z]+)\/([^/_][^/]*)\.md$/.exec(path);
    if (!match || type !== 'blob') continue;
    const [, c, id] = match as unknown as [string, CollectionName, string];
    if (!COLLECTIONS.includes(c)) continue;
    ids[c].push(id);
    blobs.set(`${c}/${id}`, sha);
    if (c === collection && id === slug) found = { path, sha };
  }
  const themes = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', { ...repo, path: 'content/themes.yaml', ref: baseSha });
  const themesYaml = 'content' in themes.data && typeof themes.data.content === 'string' ? fromBase64(themes.data.content) : '';
  let existing: RepositoryState['existing'];
  if (found) {
    existing = { ...found, text: await readBlob(octokit, config, found.sha) };
  }
  return { baseSha, treeSha: tree.data.sha, ids, blobs, themesYaml, existing };
}

/** The text of a file of the repository, by its blob sha. */
export async function readBlob(octokit: Octokit, config: RelayConfig, sha: string): Promise<string> {
  const blob = await octokit.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', {
    owner: config.owner,
    repo: config.repo,
    file_sha: sha,
  });
  return fromBase64(blob.data.content);
}

export interface PullRequestInput {
  baseSha: string;
  branchName: string;
  path: string;
  text: string;
  /** Blob sha of the file being replaced (an edit). */
  fileSha?: string;
  commitMessage: string;
  title: string;
  body: string;
}

/**
 * Branch, commit, pull request; then the label and the reviewers, which never undo the rest.
 * When the commit or the pull request fails, the branch is deleted: no branch without its request.
 */
export async function openPullRequest(
  octokit: Octokit,
  config: RelayConfig,
  input: PullRequestInput,
): Promise<{ url: string; number: number; warnings: string[] }> {
  const repo = { owner: config.owner, repo: config.repo };
  await octokit.request('POST /repos/{owner}/{repo}/git/refs', { ...repo, ref: `refs/heads/${input.branchName}`, sha: input.baseSha });
  return pullRequestOf(octokit, config, input, () =>
    octokit.request('PUT /repos/{owner}/{repo}/contents/{path}', {
      ...repo,
      path: input.path,
      message: input.commitMessage,
      content: toBase64(input.text),
      branch: input.branchName,
      ...(input.fileSha ? { sha: input.fileSha } : {}),
    }),
  );
}

/**
 * The pull request of a branch the relay has just made, after `before` (the commit, when it is
 * not made yet); when either fails, the branch is deleted: no branch without its request.
 */
async function pullRequestOf(
  octokit: Octokit,
  config: RelayConfig,
  input: { branchName: string; title: string; body: string },
  before?: () => Promise<unknown>,
): Promise<{ url: string; number: number; warnings: string[] }> {
  const repo = { owner: config.owner, repo: config.repo };
  let pr;
  try {
    await before?.();
    pr = await octokit.request('POST /repos/{owner}/{repo}/pulls', {
      ...repo,
      title: input.title,
      head: input.branchName,
      base: config.branch,
      body: input.body,
      maintainer_can_modify: true,
    });
  } catch (error) {
    await octokit
      .request('DELETE /repos/{owner}/{repo}/git/refs/{ref}', { ...repo, ref: `heads/${input.branchName}` })
      .catch(() => undefined);
    throw error;
  }
  return { url: pr.data.html_url, number: pr.data.number, warnings: await labelAndReviewers(octokit, config, pr.data.number) };
}

/** The label and the reviewers of a new pull request: what fails is a warning, never undoes it. */
async function labelAndReviewers(octokit: Octokit, config: RelayConfig, number: number): Promise<string[]> {
  const repo = { owner: config.owner, repo: config.repo };
  const warnings: string[] = [];
  try {
    await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
      ...repo,
      issue_number: number,
      labels: [config.label],
    });
  } catch (error) {
    warnings.push(`label: ${describe(error)}`);
  }
  if (config.reviewers.length || config.teamReviewers.length) {
    try {
      await octokit.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', {
        ...repo,
        pull_number: number,
        reviewers: config.reviewers,
        team_reviewers: config.teamReviewers,
      });
    } catch (error) {
      warnings.push(`reviewers: ${describe(error)}`);
    }
  }
  return warnings;
}

export interface BatchPullRequestInput {
  baseSha: string;
  treeSha: string;
  branchName: string;
  files: ReadonlyArray<{ path: string; text: string }>;
  commitMessage: string;
  title: string;
  body: string;
}

/**
 * A batch as ONE commit (a tree with every file, whatever their number: a few calls, not one per
 * file), its branch and its pull request. When the pull request fails, the branch is deleted.
 */
export async function openBatchPullRequest(
  octokit: Octokit,
  config: RelayConfig,
  input: BatchPullRequestInput,
): Promise<{ url: string; number: number; warnings: string[] }> {
  const repo = { owner: config.owner, repo: config.repo };
  const tree = await octokit.request('POST /repos/{owner}/{repo}/git/trees', {
    ...repo,
    base_tree: input.treeSha,
    tree: input.files.map((f) => ({ path: f.path, mode: '100644' as const, type: 'blob' as const, content: f.text })),
  });
  const commit = await octokit.request('POST /repos/{owner}/{repo}/git/commits', {
    ...repo,
    message: input.commitMessage,
    tree: tree.data.sha,
    parents: [input.baseSha],
  });
  await octokit.request('POST /repos/{owner}/{repo}/git/refs', { ...repo, ref: `refs/heads/${input.branchName}`, sha: commit.data.sha });
  return pullRequestOf(octokit, config, input);
}

/** The contributor's details for the team, as an issue of the private contact repository. */
export async function openContactIssue(octokit: Octokit, config: RelayConfig, issue: { title: string; body: string }): Promise<void> {
  await octokit.request('POST /repos/{owner}/{repo}/issues', {
    owner: config.contact.owner,
    repo: config.contact.repo,
    title: issue.title,
    body: issue.body,
  });
}

function describe(error: unknown): string {
  return error instanceof RequestError ? `${error.status} ${error.message}` : String(error);
}
