// What `npm run import` prints: the columns matched, the notes on the file, one line per
// row that needs attention (row number, column, what to change), and the count.
import type { RunResult } from './import-run.ts';

export function reportLines(result: Extract<RunResult, { ok: true }>, o: { dryRun: boolean; overwrite: boolean }): string[] {
  const lines: string[] = [];
  const titles = new Map(result.setup.targets.map((t) => [t.key, t.title]));
  lines.push(`Feuille « ${result.sheet.name} » : ${result.rows.length} ligne(s).`);
  result.sheet.headers.forEach((h, i) => {
    const key = result.matching[i];
    lines.push(`  colonne « ${h} » → ${key ? (titles.get(key) ?? key) : 'ignorée'}`);
  });
  for (const note of result.notes) lines.push(`Note : ${note}`);
  const count = { new: 0, edit: 0, unchanged: 0, skip: 0, invalid: 0 };
  for (const row of result.rows) {
    count[row.action]++;
    const dup =
      row.duplicate?.of === 'record'
        ? `la fiche existante « ${row.duplicate.titre} » (${row.duplicate.id})`
        : row.duplicate
          ? `la ligne ${row.duplicate.line}`
          : '';
    if (row.action === 'skip')
      lines.push(
        `ligne ${row.line} : « ${row.titre} » répète ${dup} : laissée de côté${row.duplicate?.of === 'record' && !o.overwrite ? ' (--overwrite pour la proposer comme modification)' : ''}`,
      );
    for (const p of row.problems) lines.push(`ligne ${p.line}, colonne « ${p.column} » : ${p.message}`);
  }
  const verb = o.dryRun ? 'seraient écrites' : 'écrites';
  lines.push(
    `${count.new} nouvelle(s) fiche(s) et ${count.edit} modification(s) ${verb} ; ${count.unchanged} déjà identique(s) ; ${count.skip} laissée(s) de côté ; ${count.invalid} ligne(s) à corriger.`,
  );
  if (o.dryRun) lines.push('Essai (--dry-run) : rien n’a été écrit.');
  return lines;
}
