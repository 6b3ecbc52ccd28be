import { describe, expect, test } from 'vitest';
import { readCapped } from './body.ts';

/** A request whose body arrives in pieces, without Content-Length, as a chunked upload does. */
function streamed(text: string, piece = 3): Request {
  const bytes = new TextEncoder().encode(text);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < bytes.length; i += piece) controller.enqueue(bytes.subarray(i, i + piece));
      controller.close();
    },
  });
  return new Request('http://relais.test/', { method: 'POST', body, duplex: 'half' } as RequestInit);
}

describe('readCapped', () => {
  test('reads a body of exactly the limit, refuses one byte more', async () => {
    expect(await readCapped(streamed('0123456789'), 10)).toBe('0123456789');
    expect(await readCapped(streamed('0123456789A'), 10)).toBeUndefined();
  });

  test('joins the pieces as UTF-8, even a character cut between two pieces', async () => {
    expect(await readCapped(streamed('l’équipe', 1), 100)).toBe('l’équipe');
  });

  test('an empty body is empty text', async () => {
    expect(await readCapped(new Request('http://relais.test/'), 10)).toBe('');
  });
});
