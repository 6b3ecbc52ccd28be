import { zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { checkZip } from './zip-guard.ts';

describe('checkZip', () => {
  test('lets an archive through when it inflates under the limit', () => {
    expect(checkZip(zipSync({ 'a.xml': new Uint8Array(1000) }), 2000)).toEqual({ ok: true });
  });
  test('stops counting past the limit, whatever the archive declares', () => {
    expect(checkZip(zipSync({ 'a.xml': new Uint8Array(1000), 'b.xml': new Uint8Array(1500) }), 2000)).toEqual({
      ok: false,
      reason: 'too-big',
    });
  });
  test('refuses what is not a zip archive', () => {
    expect(checkZip(new TextEncoder().encode('Nom;Ville'))).toEqual({ ok: false, reason: 'not-zip' });
  });
});
