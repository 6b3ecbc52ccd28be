import { describe, expect, test } from 'vitest';
import { checkRequest } from './openapi-check.ts';

const at = (path: string) => new URL(`http://127.0.0.1${path}`);

describe('checkRequest', () => {
  test('accepts a request that GitHub documents', () => {
    const r = checkRequest(
      'POST',
      at('/repos/o/r/git/refs'),
      JSON.stringify({ ref: 'refs/heads/x', sha: 'a'.repeat(40) }),
      'application/json',
    );
    expect(r).toMatchObject({ operation: 'POST /repos/{owner}/{repo}/git/refs', params: { owner: 'o', repo: 'r' }, problems: [] });
  });

  test('names the missing required field of a body', () => {
    const r = checkRequest('POST', at('/repos/o/r/pulls'), JSON.stringify({ title: 't', base: 'main' }), 'application/json');
    expect(r.problems.join()).toMatch(/head/);
  });

  test('refuses an undocumented path, an unknown query parameter and a wrongly typed field', () => {
    expect(checkRequest('GET', at('/repos/o/r/nope'), '', undefined).problems).toHaveLength(1);
    expect(checkRequest('GET', at('/repos/o/r/git/trees/abc?recursively=1'), '', undefined).problems.join()).toMatch(/recursively/);
    expect(
      checkRequest('POST', at('/repos/o/r/issues/1/labels'), JSON.stringify({ labels: 'x' }), 'application/json').problems,
    ).not.toEqual([]);
  });

  test('reads a file path with slashes as one parameter', () => {
    const r = checkRequest(
      'PUT',
      at('/repos/o/r/contents/content/acteurs/a.md'),
      JSON.stringify({ message: 'm', content: 'eA==' }),
      'application/json',
    );
    expect(r).toMatchObject({
      operation: 'PUT /repos/{owner}/{repo}/contents/{path}',
      params: { path: 'content/acteurs/a.md' },
      problems: [],
    });
  });
});
