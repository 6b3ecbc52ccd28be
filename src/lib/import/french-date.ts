// Dates as people type them in a spreadsheet (« 05/03/2015 », « 5 mars 2015 », « 1er avril
// 2016 », « 2015-03-05 ») and the date cells of the sheet itself, as the YYYY-MM-DD text the
// records hold. A date that could be read two ways is never guessed: day first, as in France.
import { foldName } from '../text/fold.ts';

const MONTHS = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'];
const SHORT: Record<string, number> = { janv: 1, fev: 2, fevr: 2, avr: 4, juil: 7, sept: 9, oct: 10, nov: 11, dec: 12 };

const pad = (n: number) => String(n).padStart(2, '0');

function day(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1000 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function monthOf(word: string): number | undefined {
  const w = foldName(word);
  const i = MONTHS.indexOf(w);
  return i >= 0 ? i + 1 : SHORT[w];
}

/** A typed French date as YYYY-MM-DD, or undefined when it is not one (or not a real day). */
export function frenchDate(text: string): string | undefined {
  const s = text.trim().replace(/\s+/g, ' ');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(s);
  if (m) {
    const y = Number(m[3]);
    // Two-digit years: the 21st century up to next year, the 20th before.
    const year = m[3]!.length === 2 ? (y <= (new Date().getUTCFullYear() % 100) + 1 ? 2000 + y : 1900 + y) : y;
    return day(year, Number(m[2]), Number(m[1]));
  }
  m = /^(?:[a-zé]+\.? )?(\d{1,2})(?:er)? ([\p{L}.]+) (\d{4})$/iu.exec(s);
  if (m) {
    const month = monthOf(m[2]!.replace(/\.$/, ''));
    return month ? day(Number(m[3]), month, Number(m[1])) : undefined;
  }
  return undefined;
}

/** A time of day typed as « 9h30 », « 9 h », « 09:30 » or « 14:00:00 », as HH:MM. */
export function frenchTime(text: string): string | undefined {
  const m = /^(\d{1,2}) ?(?:h|:) ?(\d{2})?(?::\d{2})?$/i.exec(text.trim());
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2] ?? 0);
  return h < 24 && min < 60 ? `${pad(h)}:${pad(min)}` : undefined;
}
