import { createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { importAppKey, jwtSigner } from './app-key.ts';

const pair = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  publicKeyEncoding: { type: 'spki', format: 'pem' },
});
const decode = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;

describe('the app key', () => {
  test('refuses what is not a PKCS#8 key, or not a readable one', async () => {
    await expect(importAppKey('pas une clé')).rejects.toThrow(/n’est pas une clé PKCS#8/);
    await expect(importAppKey('-----BEGIN PRIVATE KEY-----\nQUJD\n-----END PRIVATE KEY-----')).rejects.toThrow(/est illisible/);
  });

  test('signs a JWT GitHub accepts: RS256, issued 30 s early, valid nine minutes, verifiable with the public key', async () => {
    const sign = jwtSigner(await importAppKey(pair.privateKey), () => 1_700_000_000_000);
    const { jwt, expiresAt } = await sign(12345);
    const [header, payload, signature] = jwt.split('.') as [string, string, string];
    expect(decode(header)).toEqual({ alg: 'RS256', typ: 'JWT' });
    expect(decode(payload)).toEqual({ iat: 1_699_999_970, exp: 1_699_999_970 + 540, iss: '12345' });
    expect(expiresAt).toBe(new Date((1_699_999_970 + 540) * 1000).toISOString());
    expect(
      verify('sha256', Buffer.from(`${header}.${payload}`), createPublicKey(pair.publicKey), Buffer.from(signature, 'base64url')),
    ).toBe(true);
  });
});
