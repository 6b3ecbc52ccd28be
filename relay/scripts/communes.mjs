// Writes relay/.generated/communes.txt: one line « code|nom|département|,codes postaux,|nom replié »
// per current commune, from the official list the validator reads (@etalab/decoupage-administratif).
// Run by wrangler before bundling (wrangler.toml [build]). The relay looks communes up in this
// text (relay/src/communes-text.ts) instead of bundling the 8 MB JSON, which a Worker would take
// too long to load at start-up.
// Plain JavaScript: wrangler may run it with whichever Node is on the PATH. So foldName is
// repeated here; relay/src/communes-text.test.ts checks it folds every name as
// src/lib/text/fold.ts does.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** @type {Record<string, string>} */
const LIGATURES = { œ: 'oe', æ: 'ae', ß: 'ss' };

/** Same as foldName in src/lib/text/fold.ts. */
/** @param {string} name */
const foldName = (name) =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[œæß]/g, (c) => LIGATURES[c] ?? c)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => (w === 'st' ? 'saint' : w === 'ste' ? 'sainte' : w))
    .join(' ');

const require = createRequire(import.meta.url);
// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- plain JavaScript (no type checking here): the JSDoc says what the official list holds
const list = /** @type {Array<{ code: string; nom: string; departement: string; type: string; codesPostaux?: string[] }>} */ (
  JSON.parse(readFileSync(require.resolve('@etalab/decoupage-administratif/data/communes.json'), 'utf8'))
);
const lines = list
  .filter((c) => c.type === 'commune-actuelle')
  .map((c) => `${c.code}|${c.nom}|${c.departement}|,${(c.codesPostaux ?? []).join(',')},|${foldName(c.nom)}`);
const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '.generated');
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, 'communes.txt'), `\n${lines.join('\n')}\n`);
