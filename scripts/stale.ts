// npm run stale: the records nobody has checked for 18 months (verifie_le, else
// mis_a_jour_le, else publie_le), the oldest first. BUILD_NOW fixes the clock.
import { contentDir } from '../src/lib/content/content-dir.ts';
import { buildNow, formatDay } from '../src/lib/time/dates.ts';
import { STALE_MONTHS, staleRecords, type CheckField } from '../src/lib/content/freshness.ts';
import { validateContent } from '../src/lib/content/validation.ts';

const WHAT: Record<CheckField, string> = { verifie_le: 'vérifiée le', mis_a_jour_le: 'mise à jour le', publie_le: 'publiée le' };

const { records, problems } = validateContent(contentDir());
if (problems.length)
  console.warn(`(${problems.length} problème(s) de validation : les fiches invalides ne sont pas listées ; lancez « npm run validate »)\n`);
const stale = staleRecords(records, buildNow());
if (stale.length === 0) {
  console.log(`Aucune fiche à vérifier : toutes ont été vérifiées depuis moins de ${STALE_MONTHS} mois.`);
} else {
  console.log(`${stale.length} fiche${stale.length > 1 ? 's' : ''} sans vérification depuis ${STALE_MONTHS} mois ou plus :\n`);
  for (const r of stale) console.log(`${r.file}\t${r.titre}\t${WHAT[r.field]} ${formatDay(r.date)}`);
  console.log('\nAprès avoir relu une fiche, ajoutez « verifie_le: AAAA-MM-JJ » (la date du jour) dans son en-tête.');
}
