// How to reach a structure: web addresses, role e-mail addresses, switchboards — never a
// person's own address or mobile.
import { z } from 'astro/zod';
import commonProviders from 'email-providers/common.json' with { type: 'json' };
import { help } from './help.ts';

export const httpUrl = z
  .url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'adresse web invalide : elle doit commencer par https:// (ou http://) et contenir un nom de domaine' });

/** zod's address pattern, with internationalised domain names (contact@coopération.fr). */
const EMAIL = /^(?!\.)(?!.*\.\.)[A-Za-z0-9_'+\-.]*[A-Za-z0-9_+-]@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}$/u;

// The most common consumer providers (email-providers' short list, small enough for
// the proposal form); the validator checks the package's full list of ~8,700.
const WEBMAIL = new Set<string>(commonProviders);

/** Role addresses only: a personal webmail address would publish a private person. */
export const emailDeStructure = z
  .email({ pattern: EMAIL, error: 'adresse électronique invalide (exemple : contact@association.fr)' })
  .refine((e) => !WEBMAIL.has(e.slice(e.lastIndexOf('@') + 1).toLowerCase()), {
    error: 'n’indiquez pas une adresse personnelle : utilisez une adresse de structure ou de fonction (contact@…, accueil@…)',
  });

/** A structure's switchboard: a fixed or non-geographic French number, never a mobile (often a person's). */
export const telephoneDeStructure = z
  .string()
  .trim()
  .regex(/^(?:\+33 ?|0)[1-9](?:[ .-]?\d{2}){4}$/, { error: 'numéro de téléphone invalide (exemple : 04 77 00 00 00)' })
  .refine((t) => !/^(?:\+33 ?|0)[67]/.test(t), {
    error: 'n’indiquez pas un numéro de portable, souvent personnel : donnez le standard de la structure',
  });

/** How to reach a structure: a role address, its site, its switchboard. */
export function contactStructure(qui: string) {
  return help(
    z
      .strictObject({
        email: help(emailDeStructure.optional(), { titre: 'Adresse électronique', aide: 'Une adresse de fonction, jamais personnelle.', exemple: 'contact@exemple.fr' }),
        site: help(httpUrl.optional(), { titre: 'Site web', aide: `Adresse du site de ${qui}.`, exemple: 'https://www.exemple.fr/' }),
        telephone: help(telephoneDeStructure.optional(), { titre: 'Téléphone', aide: 'Le standard de la structure, jamais un numéro personnel.', exemple: '04 77 00 00 00' }),
      })
      .optional(),
    { titre: 'Contact', aide: `Comment joindre ${qui} : adresse de fonction, site, standard téléphonique.` },
  );
}
