// Text fields: titles, one-line summaries, free text and ids of other records.
import { z } from 'astro/zod';
import { help } from './help.ts';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An id of another record: its file name without `.md`. */
export const slug = z
  .string()
  .regex(SLUG_PATTERN, { error: 'un identifiant de fiche s’écrit en minuscules, chiffres et tirets (le nom du fichier sans « .md »)' });

export const slugList = (what: string, exemple: string) =>
  help(z.array(slug).default([]), {
    titre: what,
    aide: 'Choisissez parmi les fiches du centre de ressources.',
    exemple: [exemple],
  });

/** One line of plain text, as shown in lists and meta descriptions. */
export const texteSimple = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((s) => !/[<>]|\]\(|^#|\*\*|`/.test(s), { error: 'texte simple attendu : pas de balises HTML ni de mise en forme Markdown' })
    .refine((s) => !/[\r\n\u2028\u2029]/.test(s), { error: 'texte sur une seule ligne attendu : retirez les retours à la ligne' });

/** A title: one line (it ends up in the page's <title> and in feeds). */
export const titre = z
  .string()
  .trim()
  .min(3)
  .max(160)
  .refine((s) => !/[\r\n\u2028\u2029]/.test(s), { error: 'le titre tient sur une seule ligne : retirez les retours à la ligne (et le « | » ou « > » après « titre: »)' })
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  .refine((s) => !/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f]/.test(s), { error: 'le titre contient un caractère invisible (tabulation, caractère de contrôle) : retapez-le' });

export const texte = z.string().trim().min(1, { error: 'ce texte ne peut pas être vide' });
