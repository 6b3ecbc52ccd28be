// Where things are: communes and their official codes, points inside France, codes of
// départements and régions as YAML reads them.
import { z } from 'astro/zod';
import { help } from './help.ts';
import { texte } from './text.ts';

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

/** Normalises what YAML gives for codes typed without quotes (22 → "22", 2a → "2A"). */
export function codeText(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value < 10 ? `0${value}` : String(value);
  if (typeof value === 'string') return value.trim().toUpperCase();
  return value;
}
