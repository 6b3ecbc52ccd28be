// A deterministic synthetic corpus for benchmarks and load tests: every
// collection, realistic proportions and lengths, real département codes, valid
// references. It is generated on demand and never committed nor shipped.
import { TYPES_ACTEUR } from '../../src/schemas/acteurs.ts';
import { ECHELLES, STATUTS_COOPERATION } from '../../src/schemas/cooperations.ts';
import { TYPES_EVENEMENT } from '../../src/schemas/evenements.ts';
import { ETAPES } from '../../src/schemas/pratiques.ts';
import { valuesOf } from '../../src/schemas/shared/help.ts';
import { PUBLICS } from '../../src/schemas/shared/sources.ts';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/collections.ts';
import { createSchemas } from '../../src/schemas/index.ts';
import { collectionJsonSchema, fieldsOf } from '../../src/lib/contribution/field-model.ts';
import { CODES_DEPARTEMENTS, CODES_REGIONS } from '../../src/lib/territories/territoires.ts';

/**
 * Weight of each collection in the corpus. The collections written by hand below (with
 * realistic places, references and values) have theirs; any other collection of the
 * descriptor gets DEFAULT_WEIGHT, and records made from its schema's examples.
 */
const WEIGHTS: Partial<Record<CollectionName, number>> = {
  acteurs: 0.4,
  cooperations: 0.15,
  pratiques: 0.2,
  temoignages: 0.15,
  evenements: 0.1,
};
const DEFAULT_WEIGHT = 0.05;
const totalWeight = COLLECTIONS.reduce((sum, c) => sum + (WEIGHTS[c] ?? DEFAULT_WEIGHT), 0);

/** Share of each collection in the corpus (they add up to 1). */
export const PROPORTIONS = Object.fromEntries(COLLECTIONS.map((c) => [c, (WEIGHTS[c] ?? DEFAULT_WEIGHT) / totalWeight])) as Record<
  CollectionName,
  number
>;

/**
 * How many records of each collection make `total` (at least one of each): the shares rounded
 * so that they add up exactly (largest remainders), then a record moved from the largest
 * collection to any left without one.
 */
export function countsFor(total: number): Record<CollectionName, number> {
  const counts = COLLECTIONS.map((c) => ({
    c,
    n: Math.floor(total * PROPORTIONS[c]),
    rest: total * PROPORTIONS[c] - Math.floor(total * PROPORTIONS[c]),
  }));
  let left = total - counts.reduce((sum, e) => sum + e.n, 0);
  for (const e of counts.toSorted((a, b) => b.rest - a.rest)) {
    if (left <= 0) break;
    e.n++;
    left--;
  }
  for (const e of counts.filter((x) => x.n === 0)) {
    const largest = counts.reduce((a, b) => (b.n > a.n ? b : a));
    largest.n--;
    e.n++;
  }
  return Object.fromEntries(counts.map((e) => [e.c, e.n])) as Record<CollectionName, number>;
}

export interface Place {
  departement: string;
  region: string;
  /** A commune of the département, for records that have a place. */
  commune: { code: string; nom: string };
  /** A point inside the département. */
  point: [number, number];
}

export interface CorpusInput {
  records: number;
  seed: number;
  themes: readonly string[];
  places: readonly Place[];
}

export interface CorpusFile {
  /** Path relative to the content folder. */
  path: string;
  text: string;
}

/** mulberry32: small, fast and good enough for shuffling fixtures. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  'Les bénévoles de l’équipe citoyenne',
  'La coopération départementale',
  'Le centre social',
  'Les habitants du quartier',
  'Le comité de pilotage',
  'Les associations partenaires',
  'La mairie',
  'Le groupe de travail',
  'Les référents d’équipe',
  'Les personnes âgées accompagnées',
];
const VERBS = [
  'organisent chaque mois',
  'ont mis en place',
  'proposent désormais',
  'coordonnent',
  'animent avec patience',
  'préparent ensemble',
  'font connaître',
  'évaluent chaque année',
  'financent en partie',
  'relaient auprès des élus',
];
const OBJECTS = [
  'des visites de convivialité à domicile',
  'un annuaire des acteurs du territoire',
  'des appels téléphoniques réguliers',
  'une journée d’échange de pratiques',
  'un repérage des personnes isolées',
  'des sorties culturelles partagées',
  'un guide du bénévole',
  'des temps de formation de pair à pair',
  'une cartographie des initiatives',
  'des rencontres entre générations',
];
const ENDINGS = [
  'pour rompre l’isolement des plus fragiles.',
  'en lien avec les services du département.',
  'avec le soutien de la caisse de retraite.',
  'malgré des moyens limités.',
  'afin de mieux mailler le territoire.',
  'en respectant le choix de chacun.',
  'depuis plusieurs années déjà.',
  'et en tirent des enseignements utiles.',
  'pour que chacun trouve sa place.',
  'sans créer de structure supplémentaire.',
];
const TITLE_WORDS = [
  'Réseau',
  'Équipe',
  'Maison',
  'Collectif',
  'Coopération',
  'Atelier',
  'Rencontre',
  'Parcours',
  'Carrefour',
  'Passerelle',
];
const TITLE_QUALIFIERS = [
  'des solidarités',
  'du bien vieillir',
  'des aînés',
  'intergénérationnel',
  'de proximité',
  'des voisins',
  'du lien social',
  'citoyen',
];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

function sentence(rand: () => number): string {
  return `${pick(rand, SUBJECTS)} ${pick(rand, VERBS)} ${pick(rand, OBJECTS)} ${pick(rand, ENDINGS)}`;
}

/** Markdown body of 300 to 900 words, in sections and paragraphs. */
function body(rand: () => number): string {
  const target = 300 + Math.floor(rand() * 600);
  const parts: string[] = [];
  let words = 0;
  let section = 0;
  while (words < target) {
    if (words === 0 || rand() < 0.15)
      parts.push(`## ${['Contexte', 'Démarche', 'Résultats', 'Difficultés', 'Perspectives'][section++ % 5]}`);
    const n = 3 + Math.floor(rand() * 4);
    const para = Array.from({ length: n }, () => sentence(rand)).join(' ');
    words += para.split(' ').length;
    parts.push(para);
  }
  return `${parts.join('\n\n')}\n`;
}

const yamlString = (s: string) => JSON.stringify(s);
const list = (items: readonly string[]) => `[${items.map(yamlString).join(', ')}]`;

export function generateCorpus(input: CorpusInput): CorpusFile[] {
  const rand = random(input.seed);
  const counts = countsFor(input.records);
  const id = (prefix: string, i: number) => `${prefix}-${String(i + 1).padStart(5, '0')}`;
  const acteurs = Array.from({ length: counts.acteurs }, (_, i) => id('acteur', i));
  const cooperations = Array.from({ length: counts.cooperations }, (_, i) => id('cooperation', i));
  const files: CorpusFile[] = [];

  const common = (kind: string, i: number) => {
    const place = pick(rand, input.places);
    const themes = [...new Set([pick(rand, input.themes), pick(rand, input.themes)])];
    const year = 2015 + Math.floor(rand() * 11);
    const month = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
    const titre = `${pick(rand, TITLE_WORDS)} ${pick(rand, TITLE_QUALIFIERS)} ${place.commune.nom} ${i + 1}`;
    const resume = `${kind} de démonstration : ${sentence(rand)}`.slice(0, 270);
    const national = rand() < 0.05;
    const lines = [
      `titre: ${yamlString(titre)}`,
      `resume: ${yamlString(resume)}`,
      `themes: ${list(themes)}`,
      national ? 'departements: []' : `departements: ${list([place.departement])}`,
      national ? 'regions: []' : `regions: ${list([place.region])}`,
      `publie_le: ${year}-${month}-${day}`,
    ];
    return { place, lines, year, month, day, national };
  };
  const write = (collection: string, slug: string, lines: string[]) =>
    files.push({ path: `${collection}/${slug}.md`, text: `---\n${lines.join('\n')}\n---\n\n${body(rand)}` });

  acteurs.forEach((slug, i) => {
    const c = common('Acteur', i);
    c.lines.push(`type: ${pick(rand, valuesOf(TYPES_ACTEUR))}`);
    if (rand() < 0.3) c.lines.push('signataire_charte: true');
    write('acteurs', slug, c.lines);
  });
  cooperations.forEach((slug, i) => {
    const c = common('Coopération', i);
    c.lines.push(
      `echelle: ${pick(rand, valuesOf(ECHELLES))}`,
      `statut: ${pick(rand, valuesOf(STATUTS_COOPERATION))}`,
      `lancement: "${c.year}"`,
    );
    c.lines.push(
      `porteurs: ${list([pick(rand, acteurs)])}`,
      `membres: ${list([pick(rand, acteurs), pick(rand, acteurs)].filter((v, k, a) => a.indexOf(v) === k))}`,
    );
    if (!c.national && rand() < 0.5) {
      c.lines.push(
        'lieu:',
        `  commune: ${yamlString(c.place.commune.nom)}`,
        `  code_insee: "${c.place.commune.code}"`,
        `  coordonnees: [${c.place.point.join(', ')}]`,
      );
    }
    c.lines.push(`objectifs:\n  - ${yamlString(sentence(rand))}\n  - ${yamlString(sentence(rand))}`);
    write('cooperations', slug, c.lines);
  });
  for (let i = 0; i < counts.pratiques; i++) {
    const c = common('Pratique', i);
    c.lines.push(
      `etape: ${pick(rand, valuesOf(ETAPES))}`,
      `cooperations: ${list([pick(rand, cooperations)])}`,
      `acteurs: ${list([pick(rand, acteurs)])}`,
    );
    c.lines.push(
      `publics: ${list([pick(rand, valuesOf(PUBLICS))])}`,
      `conditions_de_reussite:\n  - ${yamlString(sentence(rand))}`,
      `freins:\n  - ${yamlString(sentence(rand))}`,
    );
    write('pratiques', id('pratique', i), c.lines);
  }
  for (let i = 0; i < counts.temoignages; i++) {
    const c = common('Témoignage', i);
    c.lines.push(
      'format: ecrit',
      `personnes:\n  - nom: "Personne fictive ${i + 1}"\n    role: bénévole\n    structure: ${pick(rand, acteurs)}`,
    );
    c.lines.push(`cooperation: ${pick(rand, cooperations)}`, 'consentement_publication: true');
    write('temoignages', id('temoignage', i), c.lines);
  }
  for (let i = 0; i < counts.evenements; i++) {
    const c = common('Événement', i);
    // Winter dates only, so that the +01:00 offset is always right.
    const month = String(1 + Math.floor(rand() * 2)).padStart(2, '0');
    const date = `${2015 + Math.floor(rand() * 13)}-${month}-${c.day}`;
    c.lines.push(`type: ${pick(rand, valuesOf(TYPES_EVENEMENT))}`, `debut: ${date}T09:30:00+01:00`, `fin: ${date}T17:00:00+01:00`);
    if (c.national || rand() < 0.2) c.lines.push('en_ligne: true');
    else {
      c.lines.push(
        'lieu:',
        `  commune: ${yamlString(c.place.commune.nom)}`,
        `  code_insee: "${c.place.commune.code}"`,
        `  departement: "${c.place.departement}"`,
        `  coordonnees: [${c.place.point.join(', ')}]`,
      );
    }
    c.lines.push(
      `organisateurs: ${list([pick(rand, acteurs)])}`,
      `cooperations: ${list([pick(rand, cooperations)])}`,
      `places: ${10 + Math.floor(rand() * 90)}`,
    );
    write('evenements', id('evenement', i), c.lines);
  }
  for (const collection of COLLECTIONS.filter((c) => WEIGHTS[c] === undefined)) {
    const own = requiredFields(collection, input.themes);
    for (let i = 0; i < counts[collection]; i++) {
      const c = common(collection, i);
      // A list of values takes one at random; anything else the example its schema gives.
      for (const f of own) c.lines.push(`${f.name}: ${f.values ? pick(rand, f.values) : JSON.stringify(f.example)}`);
      write(collection, id(collection, i), c.lines);
    }
  }
  return files;
}

/** The fields a record of the collection must have besides those every record has, from its schema. */
function requiredFields(collection: CollectionName, themes: readonly string[]) {
  const lists = { themes, departements: CODES_DEPARTEMENTS, regions: CODES_REGIONS };
  const common = new Set(['titre', 'resume', 'themes', 'departements', 'regions', 'publie_le']);
  const fields = fieldsOf(collectionJsonSchema(createSchemas(lists)[collection], lists)).filter((f) => f.required && !common.has(f.name));
  for (const f of fields)
    if (!f.values && f.example === undefined) throw new Error(`${collection}.${f.name} : champ obligatoire sans exemple dans son schéma`);
  return fields;
}
