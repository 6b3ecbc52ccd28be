// The relay's settings, read from the environment (Workers secrets and vars, or process.env).

export interface RelayEnv {
  /** The site's origin, e.g. https://cooperations.example.org: the only page allowed to call. */
  ALLOWED_ORIGIN?: string;
  /** owner/name of the repository that receives the pull requests. */
  GITHUB_REPOSITORY?: string;
  GITHUB_BRANCH?: string;
  GITHUB_APP_ID?: string;
  GITHUB_APP_PRIVATE_KEY?: string;
  GITHUB_INSTALLATION_ID?: string;
  /** Only the tests change it: GitHub's REST API. */
  GITHUB_API_URL?: string;
  /** Secret key that signs the anti-robot challenges. */
  ALTCHA_HMAC_KEY?: string;
  /** Work asked of the browser; lower it only in tests. */
  ALTCHA_COST?: string;
  ALTCHA_MAX_COUNTER?: string;
  PR_LABEL?: string;
  /** Comma-separated GitHub logins, and team slugs, asked to review. */
  REVIEWERS?: string;
  TEAM_REVIEWERS?: string;
  /** Proposals accepted from one address per hour. */
  RATE_LIMIT_PER_HOUR?: string;
  MAX_BODY_BYTES?: string;
}

export interface RelayConfig {
  origin: string;
  owner: string;
  repo: string;
  branch: string;
  appId: string;
  privateKey: string;
  installationId: number;
  apiUrl: string;
  altchaKey: string;
  altchaCost: number;
  altchaMaxCounter: number;
  label: string;
  reviewers: string[];
  teamReviewers: string[];
  ratePerHour: number;
  maxBytes: number;
}

const list = (v: string | undefined) => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean);
const int = (v: string | undefined, fallback: number) => (v && Number.isInteger(Number(v)) && Number(v) > 0 ? Number(v) : fallback);

/** The settings, or the names of the missing ones (the relay then answers 503 and says so in its log). */
export function readConfig(env: RelayEnv): { ok: true; config: RelayConfig } | { ok: false; missing: string[] } {
  const required = ['ALLOWED_ORIGIN', 'GITHUB_REPOSITORY', 'GITHUB_APP_ID', 'GITHUB_APP_PRIVATE_KEY', 'GITHUB_INSTALLATION_ID', 'ALTCHA_HMAC_KEY'] as const;
  const missing: string[] = required.filter((k) => !env[k]);
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (env.GITHUB_REPOSITORY && (!owner || !repo)) missing.push('GITHUB_REPOSITORY');
  // GitHub hands out PKCS#1 keys; WebCrypto (hence the Workers runtime) reads only PKCS#8.
  if (env.GITHUB_APP_PRIVATE_KEY?.includes('BEGIN RSA PRIVATE KEY')) missing.push('GITHUB_APP_PRIVATE_KEY (clé au format PKCS#1 : convertissez-la en PKCS#8, voir relay/README.md)');
  if (missing.length || !owner || !repo) return { ok: false, missing };
  return {
    ok: true,
    config: {
      origin: (env.ALLOWED_ORIGIN as string).replace(/\/+$/, ''),
      owner,
      repo,
      branch: env.GITHUB_BRANCH || 'main',
      appId: env.GITHUB_APP_ID as string,
      // Secrets pasted on one line keep their line breaks as « \n ».
      privateKey: (env.GITHUB_APP_PRIVATE_KEY as string).replace(/\\n/g, '\n'),
      installationId: Number(env.GITHUB_INSTALLATION_ID),
      apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
      altchaKey: env.ALTCHA_HMAC_KEY as string,
      altchaCost: int(env.ALTCHA_COST, 5_000),
      altchaMaxCounter: int(env.ALTCHA_MAX_COUNTER, 10_000),
      label: env.PR_LABEL || 'proposition',
      reviewers: list(env.REVIEWERS),
      teamReviewers: list(env.TEAM_REVIEWERS),
      ratePerHour: int(env.RATE_LIMIT_PER_HOUR, 5),
      maxBytes: int(env.MAX_BODY_BYTES, 200_000),
    },
  };
}
