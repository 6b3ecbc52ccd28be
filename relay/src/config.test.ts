import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { MIN_ALTCHA_COST, readConfig, type ConfigResult } from './config.ts';

const key = (type: 'pkcs1' | 'pkcs8') =>
  generateKeyPairSync('rsa', {
    modulusLength: 1024,
    privateKeyEncoding: { type, format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  }).privateKey;
const complete = {
  ALLOWED_ORIGIN: 'https://site.example/',
  GITHUB_REPOSITORY: 'a/b',
  CONTACT_REPOSITORY: 'a/suivi',
  GITHUB_APP_ID: '1',
  GITHUB_INSTALLATION_ID: '2',
  ALTCHA_HMAC_KEY: 'k'.repeat(32),
  GITHUB_APP_PRIVATE_KEY: key('pkcs8'),
};
const problems = (r: ConfigResult) => (r.ok ? [] : r.problems);

describe('readConfig', () => {
  test('names every missing setting', () => {
    expect(readConfig({})).toEqual({
      ok: false,
      problems: [
        'ALLOWED_ORIGIN',
        'GITHUB_REPOSITORY',
        'CONTACT_REPOSITORY',
        'GITHUB_APP_ID',
        'GITHUB_APP_PRIVATE_KEY',
        'GITHUB_INSTALLATION_ID',
        'ALTCHA_HMAC_KEY',
      ].map((k) => `${k} manque`),
    });
  });

  test('asks for a PKCS#8 key when given GitHub’s PKCS#1 file', () => {
    expect(problems(readConfig({ ...complete, GITHUB_APP_PRIVATE_KEY: key('pkcs1') })).join()).toContain('PKCS#8');
  });

  test('reads a complete configuration with its defaults', () => {
    const result = readConfig({ ...complete, GITHUB_APP_PRIVATE_KEY: complete.GITHUB_APP_PRIVATE_KEY.replace(/\n/g, '\\n') });
    expect(result.ok && result.config).toMatchObject({
      origin: 'https://site.example',
      owner: 'a',
      repo: 'b',
      contact: { owner: 'a', repo: 'suivi' },
      branch: 'main',
      label: 'proposition',
      ratePerHour: 5,
      maxBytes: 200_000,
      reviewers: [],
      apiUrl: 'https://api.github.com',
      timeoutMs: 10_000,
      altchaCost: MIN_ALTCHA_COST,
    });
    expect(result.ok && result.config.privateKey).toContain('\n');
  });

  test('refuses a short HMAC key, a cheap proof of work and test settings outside the tests', () => {
    expect(problems(readConfig({ ...complete, ALTCHA_HMAC_KEY: 'k'.repeat(31) })).join()).toMatch(/ALTCHA_HMAC_KEY est trop courte/);
    expect(problems(readConfig({ ...complete, ALTCHA_HMAC_KEY: 'k'.repeat(32) }))).toEqual([]);
    expect(problems(readConfig({ ...complete, ALTCHA_COST: String(MIN_ALTCHA_COST - 1) })).join()).toMatch(/ALTCHA_COST est trop bas/);
    expect(problems(readConfig({ ...complete, ALTCHA_COST: String(MIN_ALTCHA_COST) }))).toEqual([]);
    expect(problems(readConfig({ ...complete, GITHUB_API_URL: 'http://127.0.0.1:1' })).join()).toMatch(
      /GITHUB_API_URL ne sert qu’aux tests/,
    );
    expect(problems(readConfig({ ...complete, GITHUB_TIMEOUT_MS: '5' })).join()).toMatch(/GITHUB_TIMEOUT_MS ne sert qu’aux tests/);
    // Any other value than `1` is not the tests.
    expect(problems(readConfig({ ...complete, RELAY_TESTING: 'true', ALTCHA_COST: '10' })).join()).toMatch(/ALTCHA_COST/);
  });

  test('the tests’ own setting allows the fake GitHub, a short timeout and a cheap proof of work', () => {
    const result = readConfig({
      ...complete,
      RELAY_TESTING: '1',
      ALTCHA_COST: '10',
      GITHUB_API_URL: 'http://127.0.0.1:9/',
      GITHUB_TIMEOUT_MS: '500',
    });
    expect(result.ok && result.config).toMatchObject({ altchaCost: 10, apiUrl: 'http://127.0.0.1:9', timeoutMs: 500 });
  });

  test('refuses a malformed repository, and a contact repository that is the public one', () => {
    expect(problems(readConfig({ ...complete, GITHUB_REPOSITORY: 'a' })).join()).toMatch(/GITHUB_REPOSITORY doit être/);
    expect(problems(readConfig({ ...complete, CONTACT_REPOSITORY: 'a/b/c' })).join()).toMatch(/CONTACT_REPOSITORY doit être/);
    expect(problems(readConfig({ ...complete, CONTACT_REPOSITORY: 'a/b' })).join()).toMatch(/dépôt privé distinct/);
    expect(problems(readConfig({ ...complete, CONTACT_REPOSITORY: 'autre/b' }))).toEqual([]);
  });

  test('reads lists and numbers, and falls back on a number that is not one', () => {
    const result = readConfig({
      ...complete,
      REVIEWERS: ' x, y ,',
      TEAM_REVIEWERS: 'contenus',
      RATE_LIMIT_PER_HOUR: '2.5',
      MAX_BODY_BYTES: '1000',
      GITHUB_BRANCH: 'publie',
      PR_LABEL: 'etiquette',
    });
    expect(result.ok && result.config).toMatchObject({
      reviewers: ['x', 'y'],
      teamReviewers: ['contenus'],
      ratePerHour: 5,
      maxBytes: 1000,
      branch: 'publie',
      label: 'etiquette',
    });
    for (const bad of ['0', '-3', 'abc', '']) {
      const r = readConfig({ ...complete, RATE_LIMIT_PER_HOUR: bad, ALTCHA_MAX_COUNTER: bad });
      expect(r.ok && [r.config.ratePerHour, r.config.altchaMaxCounter], bad).toEqual([5, 10_000]);
    }
    expect(readConfig({ ...complete, RATE_LIMIT_PER_HOUR: '1' })).toMatchObject({
      ok: true,
      config: { ratePerHour: 1, installationId: 2, appId: '1' },
    });
  });

  test('refuses nothing else than what it names', () => {
    const result = readConfig({ ...complete, GITHUB_REPOSITORY: 'a/b/' });
    expect(problems(result)).toEqual(['GITHUB_REPOSITORY doit être de la forme organisation/depot']);
    expect(problems(readConfig({ ...complete, ALTCHA_HMAC_KEY: 'court' }))).toEqual([
      'ALTCHA_HMAC_KEY est trop courte (32 caractères au moins, par exemple openssl rand -hex 32)',
    ]);
  });
});
