// Commune lookups in the compact list written by relay/scripts/communes.mjs (« code|nom|dép »
// lines). A search in one string costs nothing at start-up, unlike building a map of 35,000
// communes, which matters in a Worker (start-up and CPU time are limited).
import type { CommuneLookup } from '../../src/lib/content/record-check.ts';

export function communeLookup(text: string): CommuneLookup {
  return (code) => {
    if (!/^[0-9][0-9AB][0-9]{3}$/.test(code)) return undefined;
    const at = text.indexOf(`\n${code}|`);
    if (at < 0) return undefined;
    const [, nom, departement] = text.slice(at + 1, text.indexOf('\n', at + 1)).split('|');
    return nom && departement ? { code, nom, departement } : undefined;
  };
}
