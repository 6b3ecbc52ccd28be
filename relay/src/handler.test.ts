import { describe, expect, test } from 'vitest';
import { unconfiguredRelay } from './handler.ts';
import { MESSAGES } from './messages.ts';

describe('unconfiguredRelay', () => {
  test('answers 503 to everything, saying the relay is not set up yet, never cached', async () => {
    for (const request of [
      new Request('https://relais.example/challenge', { headers: { Origin: 'https://site.example' } }),
      new Request('https://relais.example/propositions', { method: 'POST', body: '{}' }),
    ]) {
      const res = await unconfiguredRelay(request, '192.0.2.1');
      expect(res.status).toBe(503);
      expect(Object.fromEntries(res.headers)).toEqual({
        'cache-control': 'no-store',
        'content-type': 'application/json; charset=utf-8',
        vary: 'Origin',
      });
      expect(await res.json()).toEqual({ error: MESSAGES.notConfigured });
    }
  });
});
