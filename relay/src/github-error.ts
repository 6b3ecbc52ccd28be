// A failed GitHub call, turned into what the contributor reads and what the maintainer's log says.
import { RequestError } from '@octokit/request-error';
import { MESSAGES } from './messages.ts';
import type { Answer } from './answer.ts';

export function githubError(error: unknown, answer: Answer, log: (m: string) => void): Response {
  if (!(error instanceof RequestError)) {
    log(`relais : erreur inattendue : ${String(error)}`);
    return answer(502, { error: MESSAGES.githubDown });
  }
  log(`relais : GitHub a répondu ${error.status} à ${error.request.method} ${new URL(error.request.url).pathname} : ${error.message}`);
  const headers = error.response?.headers ?? {};
  const remaining = headers['x-ratelimit-remaining'];
  const retryAfter = Number(headers['retry-after'] ?? NaN);
  const reset = Number(headers['x-ratelimit-reset'] ?? NaN);
  if (error.status === 429 || (error.status === 403 && (String(remaining) === '0' || Number.isFinite(retryAfter)))) {
    const seconds = Number.isFinite(retryAfter) ? retryAfter : Number.isFinite(reset) ? reset - Date.now() / 1000 : 3600;
    const minutes = Math.max(1, Math.ceil(seconds / 60));
    return answer(503, { error: MESSAGES.githubRateLimit(minutes) }, { 'Retry-After': String(minutes * 60) });
  }
  if (error.status === 409 || error.status === 422) return answer(409, { error: MESSAGES.conflict });
  if (error.status === 401 || error.status === 403 || error.status === 404) return answer(502, { error: MESSAGES.githubAuth });
  return answer(502, { error: MESSAGES.githubDown });
}
