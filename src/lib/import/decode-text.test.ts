import { describe, expect, test } from 'vitest';
import { decodeText } from './decode-text.ts';

describe('decodeText', () => {
  test('reads UTF-8, with its byte order mark left out', () => {
    expect(decodeText(new TextEncoder().encode('\uFEFFCôtes-d’Armor'))).toEqual({ text: 'Côtes-d’Armor', windows1252: false });
  });
  test('falls back to Windows-1252, as Excel writes CSV on Windows', () => {
    expect(decodeText(Uint8Array.from([0x43, 0xf4, 0x74, 0x65, 0x73, 0x92]))).toEqual({ text: 'Côtes’', windows1252: true });
  });
});
