// Commune lookups in the compact list written by relay/scripts/communes.mjs
// (« code|nom|département|,codes postaux,|nom replié » lines). A search in one string costs
// nothing at start-up, unlike building maps of 35,000 communes, which matters in a Worker
// (start-up and CPU time are limited): the rules get the same CommuneIndex as in Node.
import type { Commune, CommuneIndex } from '../../src/lib/territories/commune-index.ts';
import { foldName } from '../../src/lib/text/fold.ts';

export function communesFromText(text: string): CommuneIndex {
  /** The commune on the line that holds position `at`. */
  const lineAt = (at: number): Commune | undefined => {
    const start = text.lastIndexOf('\n', at) + 1;
    const [code, nom, departement, postal] = text.slice(start, text.indexOf('\n', at)).split('|');
    return code && nom && departement && postal !== undefined
      ? { code, nom, departement, codesPostaux: postal.split(',').filter(Boolean) }
      : undefined;
  };
  /** Every line where `needle` occurs. */
  const all = (needle: string): Commune[] => {
    const found: Commune[] = [];
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
      const c = lineAt(at + 1);
      if (c) found.push(c);
    }
    return found;
  };
  return {
    byCode: (code) => (/^[0-9][0-9AB][0-9]{3}$/.test(code) ? all(`\n${code}|`)[0] : undefined),
    byPostalCode: (code) => (/^[0-9]{5}$/.test(code) ? all(`,${code},`) : []),
    byName: (name) => {
      const folded = foldName(name);
      return folded ? all(`|${folded}\n`) : [];
    },
  };
}
