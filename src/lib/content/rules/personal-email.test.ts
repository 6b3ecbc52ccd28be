import { describe, expect, test } from 'vitest';
import { edit } from '../../../../tests/helpers/content.ts';
import { checkRecordText as check } from '../../../../tests/helpers/record.ts';

describe('personalEmail', () => {
  test('refuses consumer mailboxes in any case, French or international, and accepts structures and IDN domains', () => {
    for (const email of ['a@gmail.com', 'A@GMAIL.COM', 'a@orange.fr', 'a@free.fr', 'a@laposte.net', 'a@wanadoo.fr', 'a@sfr.fr', 'a@hotmail.fr', 'a@yahoo.fr', 'a@icloud.com', 'a@proton.me']) {
      expect(check(edit('cooperations/coop-test.md', 'contact@exemple.fr', email)).join('\n'), email).toMatch(/contact\.email — .*(adresse personnelle)/);
    }
    for (const email of ['contact@caprural.org', 'contact@coopération.fr', 'accueil@mairie-saint-brieuc.fr']) {
      expect(check(edit('cooperations/coop-test.md', 'contact@exemple.fr', email)), email).toEqual([]);
    }
  });
});
