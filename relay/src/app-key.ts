// The GitHub App's private key, imported once when the relay starts: a key that is not a key
// stops the relay there, not at the first proposal. @octokit/auth-app would import the PEM text
// again for every token it signs; handing it `createJwt` lets it use this one imported key.
// The JSON Web Token itself is three base64url parts and one RS256 signature (RFC 7519), which
// WebCrypto does on both runtimes; no library needed for that.

export type CreateJwt = (appId: string | number) => Promise<{ jwt: string; expiresAt: string }>;

const base64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const json64 = (value: object) => base64url(new TextEncoder().encode(JSON.stringify(value)));

/** Reads a PKCS#8 PEM key; throws (in French, for the maintainer's log) when it is not one. */
export async function importAppKey(pem: string): Promise<CryptoKey> {
  const body = /-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\s]+)-----END PRIVATE KEY-----/.exec(pem)?.[1];
  if (!body) throw new Error('GITHUB_APP_PRIVATE_KEY n’est pas une clé PKCS#8 (« -----BEGIN PRIVATE KEY----- ») : voir relay/README.md');
  try {
    const der = Uint8Array.from(atob(body.replace(/\s/g, '')), (c) => c.charCodeAt(0));
    return await crypto.subtle.importKey('pkcs8', der, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['sign']);
  } catch (error) {
    throw new Error(`GITHUB_APP_PRIVATE_KEY est illisible (${String(error)}) : générez une nouvelle clé, voir relay/README.md`, {
      cause: error,
    });
  }
}

/** Signs the app's JWTs with the imported key: valid ten minutes, dated 30 s early for clock drift (GitHub's advice). */
export function jwtSigner(key: CryptoKey, now: () => number = Date.now): CreateJwt {
  return async (appId) => {
    const iat = Math.floor(now() / 1000) - 30;
    const exp = iat + 9 * 60;
    const unsigned = `${json64({ alg: 'RS256', typ: 'JWT' })}.${json64({ iat, exp, iss: String(appId) })}`;
    const signature = await crypto.subtle.sign('RSASSA-PKCS1-v1_5', key, new TextEncoder().encode(unsigned));
    return { jwt: `${unsigned}.${base64url(new Uint8Array(signature))}`, expiresAt: new Date(exp * 1000).toISOString() };
  };
}
