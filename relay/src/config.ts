// The relay's settings, read from the environment (Workers secrets and vars, or process.env), and
// refused when they would let the relay run weakly: the relay then does not start (Node) or
// answers 503 with the reasons in its log (Workers).

export interface RelayEnv {
  /** The site's origin, e.g. https://cooperations.example.org: the only page allowed to call. */
  ALLOWED_ORIGIN?: string;
  /** owner/name of the repository that receives the pull requests. */
  GITHUB_REPOSITORY?: string;
  GITHUB_BRANCH?: string;
  /** owner/name of a PRIVATE repository where the team receives contributors' contact details. */
  CONTACT_REPOSITORY?: string;
  GITHUB_APP_ID?: string;
  GITHUB_APP_PRIVATE_KEY?: string;
  GITHUB_INSTALLATION_ID?: string;
  /** Secret key that signs the anti-robot challenges. */
  ALTCHA_HMAC_KEY?: string;
  /** Work asked of the browser; never below MIN_ALTCHA_COST outside the tests. */
  ALTCHA_COST?: string;
  ALTCHA_MAX_COUNTER?: string;
  PR_LABEL?: string;
  /** Comma-separated GitHub logins, and team slugs, asked to review. */
  REVIEWERS?: string;
  TEAM_REVIEWERS?: string;
  /** Proposals accepted from one address per hour. */
  RATE_LIMIT_PER_HOUR?: string;
  MAX_BODY_BYTES?: string;
  /** `1` only in the project's tests: allows GITHUB_API_URL, GITHUB_TIMEOUT_MS and a cheap proof of work. */
  RELAY_TESTING?: string;
  /** Tests only: the fake GitHub API. */
  GITHUB_API_URL?: string;
  /** Tests only: how long a GitHub call may take. */
  GITHUB_TIMEOUT_MS?: string;
}

export interface RelayConfig {
  origin: string;
  owner: string;
  repo: string;
  branch: string;
  contact: { owner: string; repo: string };
  appId: string;
  privateKey: string;
  installationId: number;
  apiUrl: string;
  timeoutMs: number;
  altchaKey: string;
  altchaCost: number;
  altchaMaxCounter: number;
  label: string;
  reviewers: string[];
  teamReviewers: string[];
  ratePerHour: number;
  maxBytes: number;
}

/** A shorter HMAC key can be guessed offline from one signed challenge. */
export const MIN_HMAC_KEY_LENGTH = 32;
/** Below this, a robot solves the proof of work faster than the rate limit matters. */
export const MIN_ALTCHA_COST = 5_000;
const GITHUB_TIMEOUT_MS = 10_000;

const list = (v: string | undefined) =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const int = (v: string | undefined, fallback: number) => (v && Number.isInteger(Number(v)) && Number(v) > 0 ? Number(v) : fallback);
const ownerRepo = (v: string | undefined) => {
  const [owner, repo, extra] = (v ?? '').split('/');
  return owner && repo && extra === undefined ? { owner, repo } : undefined;
};

export type ConfigResult = { ok: true; config: RelayConfig } | { ok: false; problems: string[] };

/** The settings, or every reason (in French, for the maintainer's log) not to run with them. */
export function readConfig(env: RelayEnv): ConfigResult {
  const required = [
    'ALLOWED_ORIGIN',
    'GITHUB_REPOSITORY',
    'CONTACT_REPOSITORY',
    'GITHUB_APP_ID',
    'GITHUB_APP_PRIVATE_KEY',
    'GITHUB_INSTALLATION_ID',
    'ALTCHA_HMAC_KEY',
  ] as const;
  const problems: string[] = required.filter((k) => !env[k]).map((k) => `${k} manque`);
  const testing = env.RELAY_TESTING === '1';
  const target = ownerRepo(env.GITHUB_REPOSITORY);
  const contact = ownerRepo(env.CONTACT_REPOSITORY);
  if (env.GITHUB_REPOSITORY && !target) problems.push('GITHUB_REPOSITORY doit être de la forme organisation/depot');
  if (env.CONTACT_REPOSITORY && !contact) problems.push('CONTACT_REPOSITORY doit être de la forme organisation/depot');
  if (target && contact && target.owner === contact.owner && target.repo === contact.repo)
    problems.push(
      'CONTACT_REPOSITORY doit être un dépôt privé distinct de GITHUB_REPOSITORY (les coordonnées ne doivent pas devenir publiques)',
    );
  // GitHub hands out PKCS#1 keys; WebCrypto (hence the Workers runtime) reads only PKCS#8.
  if (env.GITHUB_APP_PRIVATE_KEY?.includes('BEGIN RSA PRIVATE KEY'))
    problems.push('GITHUB_APP_PRIVATE_KEY est au format PKCS#1 : convertissez-la en PKCS#8, voir relay/README.md');
  if (env.ALTCHA_HMAC_KEY && env.ALTCHA_HMAC_KEY.length < MIN_HMAC_KEY_LENGTH)
    problems.push(`ALTCHA_HMAC_KEY est trop courte (${MIN_HMAC_KEY_LENGTH} caractères au moins, par exemple openssl rand -hex 32)`);
  const altchaCost = int(env.ALTCHA_COST, MIN_ALTCHA_COST);
  if (altchaCost < MIN_ALTCHA_COST && !testing) problems.push(`ALTCHA_COST est trop bas (${MIN_ALTCHA_COST} au moins)`);
  if (env.GITHUB_API_URL && !testing) problems.push('GITHUB_API_URL ne sert qu’aux tests : retirez ce réglage');
  if (env.GITHUB_TIMEOUT_MS && !testing) problems.push('GITHUB_TIMEOUT_MS ne sert qu’aux tests : retirez ce réglage');
  if (problems.length || !target || !contact) return { ok: false, problems };
  return {
    ok: true,
    config: {
      origin: (env.ALLOWED_ORIGIN as string).replace(/\/+$/, ''),
      ...target,
      branch: env.GITHUB_BRANCH || 'main',
      contact,
      appId: env.GITHUB_APP_ID as string,
      // Secrets pasted on one line keep their line breaks as « \n ».
      privateKey: (env.GITHUB_APP_PRIVATE_KEY as string).replace(/\\n/g, '\n'),
      installationId: Number(env.GITHUB_INSTALLATION_ID),
      apiUrl: (testing && env.GITHUB_API_URL ? env.GITHUB_API_URL : 'https://api.github.com').replace(/\/+$/, ''),
      timeoutMs: testing ? int(env.GITHUB_TIMEOUT_MS, GITHUB_TIMEOUT_MS) : GITHUB_TIMEOUT_MS,
      altchaKey: env.ALTCHA_HMAC_KEY as string,
      altchaCost,
      altchaMaxCounter: int(env.ALTCHA_MAX_COUNTER, 10_000),
      label: env.PR_LABEL || 'proposition',
      reviewers: list(env.REVIEWERS),
      teamReviewers: list(env.TEAM_REVIEWERS),
      ratePerHour: int(env.RATE_LIMIT_PER_HOUR, 5),
      maxBytes: int(env.MAX_BODY_BYTES, 200_000),
    },
  };
}
