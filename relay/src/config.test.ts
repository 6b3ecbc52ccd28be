import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { readConfig } from './config.ts';

const key = (type: 'pkcs1' | 'pkcs8') => generateKeyPairSync('rsa', { modulusLength: 1024, privateKeyEncoding: { type, format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } }).privateKey;
const complete = { ALLOWED_ORIGIN: 'https://site.example/', GITHUB_REPOSITORY: 'a/b', GITHUB_APP_ID: '1', GITHUB_INSTALLATION_ID: '2', ALTCHA_HMAC_KEY: 'k' };

describe('readConfig', () => {
  test('names every missing setting', () => {
    expect(readConfig({})).toEqual({ ok: false, missing: ['ALLOWED_ORIGIN', 'GITHUB_REPOSITORY', 'GITHUB_APP_ID', 'GITHUB_APP_PRIVATE_KEY', 'GITHUB_INSTALLATION_ID', 'ALTCHA_HMAC_KEY'] });
  });

  test('asks for a PKCS#8 key when given GitHub’s PKCS#1 file', () => {
    const result = readConfig({ ...complete, GITHUB_APP_PRIVATE_KEY: key('pkcs1') });
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).toContain('PKCS#8');
  });

  test('reads a complete configuration with its defaults', () => {
    const result = readConfig({ ...complete, GITHUB_APP_PRIVATE_KEY: key('pkcs8').replace(/\n/g, '\\n') });
    expect(result.ok && result.config).toMatchObject({ origin: 'https://site.example', owner: 'a', repo: 'b', branch: 'main', label: 'proposition', ratePerHour: 5, reviewers: [] });
    expect(result.ok && result.config.privateKey).toContain('\n');
  });
});
