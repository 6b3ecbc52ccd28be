import { RequestError } from '@octokit/request-error';
import { describe, expect, test } from 'vitest';
import type { Answer } from './answer.ts';
import { githubError } from './github-error.ts';
import { MESSAGES } from './messages.ts';

/** The handler's answer, reduced to what the contributor's browser receives. */
const answer: Answer = (status, body, headers = {}) => new Response(JSON.stringify(body), { status, headers });

/** A failure as Octokit throws it for GitHub's answer `status` to a pull request's creation. */
const failure = (status: number, headers: Record<string, string> = {}, message = 'Refusé') =>
  new RequestError(message, status, {
    request: { method: 'POST', url: 'https://api.github.com/repos/equipe/centre/pulls?x=1', headers: {} },
    response: { status, url: 'https://api.github.com/repos/equipe/centre/pulls', headers, data: { message } },
  });

async function run(error: unknown) {
  const logged: string[] = [];
  const res = githubError(error, answer, (m) => logged.push(m));
  return { status: res.status, retryAfter: res.headers.get('Retry-After'), error: ((await res.json()) as { error: string }).error, logged };
}

describe('githubError', () => {
  test('an error that is not GitHub’s answer: 502, and the maintainer’s log says what it was', async () => {
    expect(await run(new TypeError('tree is not iterable'))).toEqual({
      status: 502,
      retryAfter: null,
      error: MESSAGES.githubDown,
      logged: ['relais : erreur inattendue : TypeError: tree is not iterable'],
    });
  });

  test('the log names GitHub’s status, the call (without its query) and GitHub’s message', async () => {
    const { logged } = await run(failure(500, {}, 'Server Error'));
    expect(logged).toEqual(['relais : GitHub a répondu 500 à POST /repos/equipe/centre/pulls : Server Error']);
  });

  test('a rate limit gives a time to come back, in minutes, and Retry-After in seconds', async () => {
    const secondary = await run(failure(429, { 'retry-after': '90' }));
    expect(secondary).toMatchObject({ status: 503, retryAfter: '120', error: MESSAGES.githubRateLimit(2) });
    const forbidden = await run(failure(403, { 'retry-after': '30' }));
    expect(forbidden).toMatchObject({ status: 503, retryAfter: '60', error: MESSAGES.githubRateLimit(1) });
    const primary = await run(failure(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Date.now() / 1000 + 1790) }));
    expect(primary).toMatchObject({ status: 503, retryAfter: '1800', error: MESSAGES.githubRateLimit(30) });
    // GitHub said nothing about when: an hour.
    expect(await run(failure(429))).toMatchObject({ status: 503, retryAfter: '3600', error: MESSAGES.githubRateLimit(60) });
  });

  test('a server error is no rate limit, even with a time to come back', async () => {
    for (const headers of [{ 'retry-after': '30' }, { 'x-ratelimit-remaining': '0' }] as Array<Record<string, string>>)
      expect(await run(failure(500, headers))).toMatchObject({ status: 502, retryAfter: null, error: MESSAGES.githubDown });
  });

  test('a 403 that is not a rate limit is the relay’s rights, not a pause', async () => {
    for (const headers of [{}, { 'x-ratelimit-remaining': '4999' }] as Array<Record<string, string>>)
      expect(await run(failure(403, headers))).toMatchObject({ status: 502, retryAfter: null, error: MESSAGES.githubAuth });
  });

  test('each other status says what it means to the contributor', async () => {
    const said = async (status: number) => {
      const { status: answered, error } = await run(failure(status));
      return [status, answered, error];
    };
    const statuses = [401, 404, 409, 422, 500, 502];
    const table = await Promise.all(statuses.map(said));
    expect(table).toEqual([
      [401, 502, MESSAGES.githubAuth],
      [404, 502, MESSAGES.githubAuth],
      [409, 409, MESSAGES.conflict],
      [422, 409, MESSAGES.conflict],
      [500, 502, MESSAGES.githubDown],
      [502, 502, MESSAGES.githubDown],
    ]);
  });
});
