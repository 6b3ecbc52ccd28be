import { describe, expect, test } from 'vitest';
import { edit } from '../../../../tests/helpers/content.ts';
import { checkRecordText as check } from '../../../../tests/helpers/record.ts';
import { NODE_RULE_CONTEXT } from '../node-context.ts';
import { readYaml } from '../yaml.ts';
import { isPersonalMailbox, personalEmail } from './personal-email.ts';

const contact = (email: string) => check(edit('cooperations/coop-test.md', 'contact@exemple.fr', email));
const refused = (email: string) =>
  `cooperations/coop-test.md:14: contact.email — « ${email} » est une adresse personnelle (messagerie grand public) : indiquez l’adresse de la structure ou d’une fonction (contact@…, accueil@…), qui restera valable si la personne s’en va`;

describe('personalEmail', () => {
  test('refuses consumer mailboxes in any case, French or international, and accepts structures and IDN domains', () => {
    for (const email of ['a@gmail.com', 'A@GMAIL.COM', 'a@orange.fr', 'a@free.fr', 'a@laposte.net', 'a@wanadoo.fr', 'a@sfr.fr', 'a@hotmail.fr', 'a@yahoo.fr', 'a@icloud.com', 'a@proton.me']) {
      expect(contact(email).join('\n'), email).toMatch(/contact\.email — .*(adresse personnelle)/);
    }
    for (const email of ['contact@caprural.org', 'contact@coopération.fr', 'accueil@mairie-saint-brieuc.fr']) {
      expect(contact(email), email).toEqual([]);
    }
  });

  test('knows the providers of the full list, beyond the form’s short one, however the domain is written', () => {
    // aliceadsl.fr and 雨云.com (xn--9kq967o.com) are in the full list only: this rule, not the schema, refuses them.
    for (const email of ['jean.dupont@aliceadsl.fr', 'Jean.Dupont@AliceADSL.FR', 'contact@雨云.com']) expect(contact(email), email).toEqual([refused(email)]);
  });
});

describe('isPersonalMailbox', () => {
  test('reads the domain after the last « @ », and recognises nothing in what is no address', () => {
    expect(isPersonalMailbox('jean@aliceadsl.fr')).toBe(true);
    expect(isPersonalMailbox('jean@exemple.fr')).toBe(false);
    expect(isPersonalMailbox('pas une adresse, aliceadsl.fr')).toBe(false);
  });
});

describe('personalEmail, anywhere in a header', () => {
  test('finds an address in a list, at its own line and field', () => {
    const yaml = 'titre: Un acteur\ncontacts:\n  - email: accueil@exemple.fr\n  - nom: Accueil\n    email: jean@aliceadsl.fr\n';
    const r = readYaml(yaml);
    if (!r.ok) throw new Error('the YAML of this test is valid');
    const data = r.value as Record<string, unknown>;
    const record = { collection: 'acteurs' as const, slug: 'un-acteur', file: 'acteurs/un-acteur.md', data, raw: data, body: '', bodyLine: 8, at: { doc: r.doc, counter: r.counter, firstLine: 2 } };
    expect(personalEmail(record, NODE_RULE_CONTEXT)).toEqual([
      {
        file: 'acteurs/un-acteur.md',
        line: 6,
        field: 'contacts[1].email',
        message: '« jean@aliceadsl.fr » est une adresse personnelle (messagerie grand public) : indiquez l’adresse de la structure ou d’une fonction (contact@…, accueil@…), qui restera valable si la personne s’en va',
      },
    ]);
  });
});
