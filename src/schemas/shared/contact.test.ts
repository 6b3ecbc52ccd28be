import { describe, expect, test } from 'vitest';
import { contactStructure, telephoneDeStructure } from './contact.ts';
import { lieuCommune } from './geography.ts';

describe('telephoneDeStructure', () => {
  test('accepts a switchboard written the French ways', () => {
    for (const t of ['04 77 00 00 00', '0477000000', '04.77.00.00.00', '+33 4 77 00 00 00', '09 70 00 00 00']) expect(telephoneDeStructure.safeParse(t).success, t).toBe(true);
  });
  test('refuses a mobile number, often a person’s, and says what to give instead', () => {
    const r = telephoneDeStructure.safeParse('06 66 00 00 00');
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain('standard de la structure');
    expect(telephoneDeStructure.safeParse('+33 7 00 00 00 00').success).toBe(false);
    expect(telephoneDeStructure.safeParse('12').success).toBe(false);
  });
});

describe('contactStructure and lieuCommune', () => {
  test('take a role address, a site and a phone; a commune with its code', () => {
    const contact = contactStructure('la structure');
    expect(contact.parse({ email: 'contact@exemple.fr', site: 'https://www.exemple.fr/', telephone: '04 77 00 00 00' })).toEqual({ email: 'contact@exemple.fr', site: 'https://www.exemple.fr/', telephone: '04 77 00 00 00' });
    expect(contact.safeParse({ email: 'jean.dupont@gmail.com' }).success).toBe(false);
    expect(contact.safeParse({ fax: '04 77 00 00 00' }).success).toBe(false);
    expect(lieuCommune.parse({ commune: 'Pélussin', code_insee: 42168 })).toEqual({ commune: 'Pélussin', code_insee: '42168' });
  });
});
