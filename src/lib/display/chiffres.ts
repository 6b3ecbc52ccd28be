// Key figures from content/chiffres.yaml: the latest value of each indicator and
// the series over time, worded for French readers.
import { formatMonth, formatNumber } from '../time/dates.ts';
import { INDICATEURS, type Chiffre } from '../../schemas/donnees.ts';

export type ChiffreInput = Chiffre;
export type Indicateur = Chiffre['indicateur'];

export interface KeyFigure {
  indicateur: Indicateur;
  /** « Coopérations lancées ». */
  libelle: string;
  valeur: number;
  /** « 33 », or « près de 20 » when the source gives an approximate figure. */
  texte: string;
  /** « octobre 2016 ». */
  quand: string;
  date: string;
  source: string;
  url?: string | undefined;
  fiche?: string | undefined;
}

/** The one label of an indicator (content/chiffres.yaml's « indicateur »), wherever it is shown. */
export function indicatorLabel(indicateur: Indicateur): string {
  return INDICATEURS[indicateur];
}

/** « 2016-10 » sorts before « 2016-10-05 » and after « 2016-09-30 »: text order is time order. */
const byDate = (a: { date: string }, b: { date: string }) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

export function figureText(c: Pick<ChiffreInput, 'valeur' | 'approximatif'>): string {
  return c.approximatif ? `près de ${formatNumber(c.valeur)}` : formatNumber(c.valeur);
}

function toFigure(c: ChiffreInput): KeyFigure {
  return {
    indicateur: c.indicateur,
    libelle: indicatorLabel(c.indicateur),
    valeur: c.valeur,
    texte: figureText(c),
    quand: formatMonth(c.date),
    date: c.date,
    source: c.source,
    url: c.url,
    fiche: c.fiche,
  };
}

/** One figure per indicator: its most recent value, in the order indicators first appear. */
export function latestFigures(chiffres: readonly ChiffreInput[]): KeyFigure[] {
  const latest = new Map<Indicateur, ChiffreInput>();
  for (const c of chiffres) {
    const prev = latest.get(c.indicateur);
    if (!prev || byDate(prev, c) < 0) latest.set(c.indicateur, c);
  }
  return [...latest.values()].map(toFigure);
}

/** The values of one indicator, oldest first. */
export function series(chiffres: readonly ChiffreInput[], indicateur: Indicateur): KeyFigure[] {
  return chiffres
    .filter((c) => c.indicateur === indicateur)
    .toSorted(byDate)
    .map(toFigure);
}

/** « De 14 en décembre 2014 à 33 en octobre 2016. » — the text version of a chart. */
export function seriesSummary(points: readonly KeyFigure[]): string {
  if (points.length === 0) return 'Aucune donnée.';
  const first = points[0]!;
  const last = points.at(-1)!;
  if (points.length === 1) return `${first.texte} en ${first.quand}.`;
  const factor = first.valeur > 0 ? last.valeur / first.valeur : 0;
  const trend =
    last.valeur > first.valeur
      ? factor >= 2
        ? `, soit ${formatNumber(Math.round(factor * 10) / 10)} fois plus`
        : `, soit ${formatNumber(last.valeur - first.valeur)} de plus`
      : last.valeur < first.valeur
        ? `, soit ${formatNumber(first.valeur - last.valeur)} de moins`
        : '';
  return `De ${first.texte} en ${first.quand} à ${last.texte} en ${last.quand}${trend}.`;
}
