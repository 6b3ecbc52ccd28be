// The official list of départements and régions (INSEE codes), from
// @etalab/decoupage-administratif. Names are never typed by hand; readers see them with the
// typographic apostrophe (Côtes-d’Armor, Val-d’Oise), like the rest of the text.
import departementsData from '@etalab/decoupage-administratif/data/departements.json' with { type: 'json' };
import regionsData from '@etalab/decoupage-administratif/data/regions.json' with { type: 'json' };

/** « Côtes-d'Armor » → « Côtes-d’Armor ». */
export const typographicName = (nom: string): string => nom.replace(/'/g, '\u2019');

export interface Departement {
  code: string;
  nom: string;
  /** INSEE's « type de nom en clair »: which article and « charnière » the name takes (see place-names.ts). */
  typeLiaison: number;
  region: string;
  zone: 'metro' | 'drom';
}

export interface Region {
  code: string;
  nom: string;
  /** INSEE's « type de nom en clair » (see place-names.ts). */
  typeLiaison: number;
  zone: 'metro' | 'drom';
}

/** Metropolitan and overseas départements (101): the collectivités d'outre-mer are out of scope. */
export const DEPARTEMENTS: readonly Departement[] = departementsData
  .filter((d) => d.zone === 'metro' || d.zone === 'drom')
  .map((d) => ({
    code: d.code,
    nom: typographicName(d.nom),
    typeLiaison: d.typeLiaison,
    region: d.region,
    zone: d.zone as Departement['zone'],
  }));

export const REGIONS: readonly Region[] = regionsData
  .filter((r) => r.zone === 'metro' || r.zone === 'drom')
  .map((r) => ({ code: r.code, nom: typographicName(r.nom), typeLiaison: r.typeLiaison, zone: r.zone as Region['zone'] }));

export const CODES_DEPARTEMENTS: readonly string[] = DEPARTEMENTS.map((d) => d.code);
export const CODES_REGIONS: readonly string[] = REGIONS.map((r) => r.code);

const departementsByCode = new Map(DEPARTEMENTS.map((d) => [d.code, d]));
const regionsByCode = new Map(REGIONS.map((r) => [r.code, r]));

export function departement(code: string): Departement | undefined {
  return departementsByCode.get(code);
}

export function region(code: string): Region | undefined {
  return regionsByCode.get(code);
}
