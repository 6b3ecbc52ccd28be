// Fields reused by every collection. Each field a contributor fills in carries a
// title, a help text and an example (`.meta`), which the form, the JSON Schemas and
// CONTRIBUTING's field reference are generated from.
import { z } from 'astro/zod';
import commonProviders from 'email-providers/common.json' with { type: 'json' };

/** What the schemas need to know about the content and the official lists. */
export interface SchemaContext {
  /** Theme ids from content/themes.yaml. */
  themes: readonly string[];
  /** INSEE codes of the 101 départements. */
  departements: readonly string[];
  /** INSEE codes of the 18 régions. */
  regions: readonly string[];
}

export interface FieldHelp {
  titre: string;
  aide: string;
  exemple?: unknown;
}

/** Attaches the contributor-facing label, help and example to a field. */
export function help<T extends z.ZodType>(schema: T, { titre, aide, exemple }: FieldHelp): T {
  const description = exemple === undefined ? aide : `${aide} Exemple : ${JSON.stringify(exemple)}`;
  // `.meta` is zod 4's `.describe` plus a title and examples, in one registry entry.
  return schema.meta({ title: titre, description, ...(exemple === undefined ? {} : { examples: [exemple] }) });
}

/**
 * When something happens: the instant, and whether only its day is known (an all-day
 * event, stored at UTC midnight). The one date type of events, from the schema to the feeds.
 */
export interface Moment {
  date: Date;
  journee: boolean;
}

/** Allowed values of a field, each with its French label, as one record (the habit of withastro/docs' `logos.ts`). */
export type Labels = Readonly<Record<string, string>>;

/** The values of a labels record, as the non-empty tuple `z.enum` wants. */
export function valuesOf<const T extends Labels>(labels: T): [keyof T & string, ...Array<keyof T & string>] {
  return Object.keys(labels) as [keyof T & string, ...Array<keyof T & string>];
}

/** An enum whose values are the keys of a labels record: a value without its label cannot exist. */
export function enumOf<const T extends Labels>(labels: T) {
  return z.enum(valuesOf(labels));
}

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

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function isRealDay(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

/** A calendar day written as text (`2016-11-25`), checked against the calendar. */
export const jourTexte = z
  .string()
  .regex(DAY, { error: 'une date s’écrit AAAA-MM-JJ, par exemple 2016-11-25' })
  .refine((s) => !DAY.test(s) || isRealDay(s), { error: 'cette date n’existe pas dans le calendrier' });

/**
 * A calendar day. The collections' loader hands the header as text; a Date is still
 * accepted from other callers, and a Date at UTC midnight comes out.
 */
export const jour = z.union([z.date(), jourTexte]).transform((v) => (typeof v === 'string' ? new Date(`${v}T00:00:00Z`) : v));

const DATETIME_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)$/;

/**
 * True when every part of a written date-time exists in the calendar and on the
 * clock: `Date` would roll 30 February over to 2 March.
 */
export function isRealDateTime(s: string): boolean {
  if (!DATETIME_OFFSET.test(s)) return false;
  const [y, mo, d, h, mi, se] = [s.slice(0, 4), s.slice(5, 7), s.slice(8, 10), s.slice(11, 13), s.slice(14, 16), s[16] === ':' ? s.slice(17, 19) : '0'].map(Number) as [number, number, number, number, number, number];
  const offset = /([+-]\d{2}:\d{2}|Z)$/.exec(s)?.[1] ?? 'Z';
  const offsetOk = offset === 'Z' || (Number(offset.slice(1, 3)) <= 14 && Number(offset.slice(4, 6)) < 60);
  const day = new Date(Date.UTC(y, mo - 1, d));
  return offsetOk && h < 24 && mi < 60 && se < 60 && day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
}

/** A moment with its offset from UTC, as in `2015-03-05T09:30:00+01:00`. */
export const momentAvecDecalage = z
  .union([
    z.date(),
    z
      .string()
      .regex(DATETIME_OFFSET, {
        error: 'une date et heure s’écrit AAAA-MM-JJTHH:MM:SS+01:00 (avec le décalage horaire : +01:00 en hiver, +02:00 en été), ou AAAA-MM-JJ seule pour une journée entière',
      })
      .refine((s) => !DATETIME_OFFSET.test(s) || isRealDateTime(s), { error: 'cette date et heure n’existe pas dans le calendrier (jour, mois, heure ou minutes)' }),
  ])
  .transform((v) => (typeof v === 'string' ? new Date(v) : v));

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

/** A commune's INSEE code: five characters, which YAML reads as a number when unquoted. */
export function codeInsee(exemple: string) {
  return help(
    z.preprocess(
      (v) => (typeof v === 'number' ? String(v).padStart(5, '0') : typeof v === 'string' ? v.trim().toUpperCase() : v),
      z.string().regex(/^(\d{5}|2[AB]\d{3})$/, { error: `le code officiel d’une commune a 5 caractères, par exemple "${exemple}" (ce n’est pas le code postal)` }),
    ),
    { titre: 'Code officiel de la commune', aide: 'Cinq caractères, différent du code postal ; le formulaire le remplit quand vous choisissez la commune.', exemple },
  );
}

export const texte = z.string().trim().min(1, { error: 'ce texte ne peut pas être vide' });

/** `[longitude, latitude]` inside metropolitan France or an overseas département. */
const FRANCE_BOXES: ReadonlyArray<readonly [number, number, number, number]> = [
  [-5.3, 41.3, 9.7, 51.2], // métropole et Corse
  [-61.9, 15.8, -60.9, 16.6], // Guadeloupe
  [-61.3, 14.3, -60.7, 14.95], // Martinique
  [-54.7, 2.0, -51.5, 5.9], // Guyane
  [55.1, -21.5, 55.9, -20.8], // La Réunion
  [44.9, -13.1, 45.4, -12.5], // Mayotte
];

export function insideFrance([lon, lat]: readonly [number, number]): boolean {
  return FRANCE_BOXES.some(([w, s, e, n]) => lon >= w && lon <= e && lat >= s && lat <= n);
}

export const coordonnees = help(
  z
    .tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])
    .superRefine((point, ctx) => {
      if (insideFrance(point)) return;
      const [lon, lat] = point;
      ctx.addIssue({
        code: 'custom',
        message: insideFrance([lat, lon])
          ? `la longitude et la latitude sont inversées : écrivez [${lat}, ${lon}] (la longitude d’abord)`
          : 'ces coordonnées ne tombent pas en France : écrivez [longitude, latitude] (la longitude d’abord, par exemple [-2.76, 48.51] pour Saint-Brieuc)',
      });
    }),
  { titre: 'Position sur la carte', aide: 'La longitude puis la latitude, en degrés avec un point pour les décimales (celles d’une carte en ligne).', exemple: [-2.7603, 48.5141] },
);

/** Where a cooperation or an actor is: the commune chosen by name, its code, optional coordinates. */
export const lieuCommune = z.strictObject({
  commune: help(texte, { titre: 'Commune', aide: 'Nom de la commune.', exemple: 'Saint-Brieuc' }),
  code_insee: codeInsee('22278'),
  coordonnees: coordonnees.optional(),
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

export const source = z.strictObject({
  titre: help(texte, { titre: 'Titre de la source', aide: 'Ce que l’on trouve à cette adresse.', exemple: 'Page des coopérations territoriales MONALISA' }),
  url: help(httpUrl.optional(), { titre: 'Adresse de la source', aide: 'Adresse web de la source, si elle est en ligne.', exemple: 'https://www.monalisa-asso.fr/' }),
});

export const PUBLICS = {
  personnes_agees: 'Personnes âgées',
  habitants: 'Habitants',
  benevoles: 'Bénévoles',
  professionnels: 'Professionnels',
  elus: 'Élus',
  jeunes: 'Jeunes',
  aidants: 'Aidants',
} as const satisfies Labels;

export const publics = help(z.array(enumOf(PUBLICS)).default([]), {
  titre: 'Publics',
  aide: 'À qui s’adresse la ressource (plusieurs choix possibles).',
  exemple: ['benevoles', 'professionnels'],
});

/** Normalises what YAML gives for codes typed without quotes (22 → "22", 2a → "2A"). */
export function codeText(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value < 10 ? `0${value}` : String(value);
  if (typeof value === 'string') return value.trim().toUpperCase();
  return value;
}

/** Fields every record has. */
export function commonFields(ctx: SchemaContext) {
  const themeIds = [...ctx.themes];
  return {
    titre: help(titre, {
      titre: 'Titre',
      aide: 'Le nom de la fiche, tel qu’il apparaît en haut de la page.',
      exemple: 'Coopération MONALISA des Côtes-d’Armor',
    }),
    resume: help(texteSimple(30, 280), {
      titre: 'Résumé',
      aide: 'Une ou deux phrases en texte simple (30 à 280 caractères), montrées dans les listes, la recherche et les moteurs de recherche.',
      exemple: 'Deux associations costarmoricaines animent ensemble la coopération départementale contre l’isolement des personnes âgées.',
    }),
    themes: help(
      z
        .array(
          z.string().refine((t) => themeIds.includes(t), {
            error: (iss) => `« ${String(iss.input)} » n'est pas un thème connu (thèmes possibles : ${themeIds.join(', ')})`,
          }),
        )
        .min(1, { error: 'indiquez au moins un thème' }),
      { titre: 'Thèmes', aide: 'Les thèmes du centre de ressources dont parle la fiche (au moins un).', exemple: [themeIds[0] ?? 'isolement-social'] },
    ),
    departements: help(
      z
        .array(
          z.preprocess(
            codeText,
            z.string().refine((c) => ctx.departements.includes(c), {
              error: (iss) => `« ${String(iss.input)} » n'est pas un code de département (exemples : "22", "2A", "974")`,
            }),
          ),
        )
        .default([]),
      { titre: 'Départements', aide: 'Les départements où la structure ou l’action se trouve (aucun pour une action nationale).', exemple: ['22'] },
    ),
    regions: help(
      z
        .array(
          z.preprocess(
            codeText,
            z.string().refine((c) => ctx.regions.includes(c), {
              error: (iss) => `« ${String(iss.input)} » n'est pas un code de région (exemples : "53" pour la Bretagne, "84" pour Auvergne-Rhône-Alpes)`,
            }),
          ),
        )
        .default([]),
      { titre: 'Régions', aide: 'Les régions concernées, pour une action régionale.', exemple: ['53'] },
    ),
    publie_le: help(jour, { titre: 'Publiée le', aide: 'Le jour où la fiche paraît sur le site ; aujourd’hui pour une nouvelle fiche.', exemple: '2026-11-23' }),
    mis_a_jour_le: help(jour.optional(), { titre: 'Mise à jour le', aide: 'Date de la dernière mise à jour importante, pas avant la publication.', exemple: '2026-12-01' }),
    verifie_le: help(jour.optional(), {
      titre: 'Vérifiée le',
      aide: 'Date à laquelle quelqu’un a vérifié que la fiche est encore juste. Sans vérification depuis 18 mois, la page le signale.',
      exemple: '2026-11-23',
    }),
    brouillon: help(z.boolean().default(false), {
      titre: 'Brouillon',
      aide: 'Fiche en cours d’écriture : l’équipe la voit, le site publié ne la montre pas.',
      exemple: false,
    }),
    sources: help(z.array(source).default([]), {
      titre: 'Sources',
      aide: 'D’où viennent les faits de la fiche : un document, une page web, un entretien.',
      exemple: [{ titre: 'Page des coopérations territoriales MONALISA', url: 'https://www.monalisa-asso.fr/' }],
    }),
  };
}

/** The fields every record has, as the schemas output them. */
export type CommonData = z.output<z.ZodObject<ReturnType<typeof commonFields>>>;

type Dated = { publie_le: Date; mis_a_jour_le?: Date | undefined };

/** Refinement shared by every collection: an update cannot precede the publication. */
export function checkDates(value: Dated, ctx: z.RefinementCtx): void {
  if (value.mis_a_jour_le && value.mis_a_jour_le < value.publie_le) {
    ctx.addIssue({
      code: 'custom',
      path: ['mis_a_jour_le'],
      message: 'la date de mise à jour est avant la date de publication',
    });
  }
}

export const personne = z.strictObject({
  nom: help(texte, { titre: 'Nom', aide: 'Prénom et nom, tels que la personne accepte qu’ils soient publiés.', exemple: 'Maryvonne Le Roux' }),
  role: help(texte.optional(), { titre: 'Rôle', aide: 'Sa fonction dans la coopération ou la structure.', exemple: 'co-animatrice' }),
  structure: help(slug.optional(), { titre: 'Structure', aide: 'La structure où elle agit, si elle a sa fiche dans l’annuaire des acteurs.', exemple: 'association-de-kergus' }),
});
