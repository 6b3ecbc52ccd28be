// Coordinates must fall in the département of the place they describe. A swapped pair
// ([latitude, longitude]) never gets here: it falls outside France, where the schema
// recognises and explains it.
import { departement } from '../../territories/territoires.ts';
import { distanceToDepartementKm, insideDepartement } from '../../territories/departement-shape.ts';
import { lineOf } from '../positions.ts';
import type { RecordRule } from './types.ts';

interface Lieu {
  code_insee?: string;
  departement?: string;
  coordonnees?: [number, number];
}

export const coordinatesInDepartement: RecordRule = (record, { communes }) => {
  const lieu = record.data.lieu as Lieu | undefined;
  const point = lieu?.coordonnees;
  if (!point) return [];
  // The département the place is in: the commune's, else the one written.
  const code = (lieu.code_insee ? communes.byCode(lieu.code_insee)?.departement : undefined) ?? lieu.departement;
  if (!code) return [];
  if (insideDepartement(code, point) !== false) return [];
  const name = departement(code)?.nom ?? code;
  const km = Math.round(distanceToDepartementKm(code, point) ?? 0);
  const message = `ces coordonnées tombent à ${km} km du département ${name} (${code}) : vérifiez-les (écrivez [longitude, latitude], la longitude d’abord, par exemple [-2.76, 48.51] pour Saint-Brieuc)`;
  return [{ file: record.file, line: lineOf(record.at, ['lieu', 'coordonnees']), field: 'lieu.coordonnees', message }];
};
