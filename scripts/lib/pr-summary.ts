// The job summary of a pull request's check: which records it adds, changes or removes, whether
// they passed the validator, and which pages of the built site to look at. Reads only file names
// from git and the validator's outcome, never the pull request's own text.

export interface ChangedFile {
  /** git's status letter: A added, M modified, D deleted, R renamed… */
  status: string;
  path: string;
}

/** `git diff --name-status` output, tab-separated, renames as `R100\told\tnew`. */
export function parseNameStatus(text: string): ChangedFile[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const parts = line.split('\t');
      return { status: (parts[0] ?? '').charAt(0), path: parts[parts.length - 1] ?? '' };
    });
}

const STATUS: Record<string, string> = { A: 'ajoutée', M: 'modifiée', D: 'supprimée', R: 'renommée', C: 'copiée' };

/** A record's page on the site: content/acteurs/cap-rural.md → /acteurs/cap-rural/. */
export function recordPage(file: string): string | undefined {
  const m = /^content\/([a-z]+)\/([a-z0-9-]+)\.mdx?$/.exec(file);
  return m && !m[2]!.startsWith('_') ? `/${m[1]}/${m[2]}/` : undefined;
}

// Markdown tables break on | and line breaks; file names come from the contributor.
const cell = (text: string) => text.replace(/[|\r\n`<>]/g, (c) => ({ '|': '\\|', '`': "'", '<': '&lt;', '>': '&gt;' })[c] ?? ' ');

export function summaryMarkdown(files: readonly ChangedFile[], validation: string): string {
  const content = files.filter((f) => f.path.startsWith('content/'));
  const verdict =
    validation === 'success'
      ? '✅ Les fiches sont valides.'
      : validation === 'failure'
        ? '❌ Des fiches ont des erreurs : voir les annotations sur les fichiers (onglet « Files changed »).'
        : `⚠️ Vérification des fiches : ${cell(validation || 'non lancée')}.`;
  const lines = ['## Fiches de cette proposition', '', verdict, ''];
  if (content.length === 0) lines.push('Aucun fichier de `content/` ne change.');
  else {
    lines.push('| Fichier | Changement | Page à regarder |', '|---|---|---|');
    for (const f of content) {
      const page = f.status === 'D' ? undefined : recordPage(f.path);
      lines.push(`| ${cell(f.path)} | ${STATUS[f.status] ?? cell(f.status)} | ${page ? cell(page) : '—'} |`);
    }
  }
  const others = files.length - content.length;
  if (others > 0)
    lines.push(
      '',
      `${others} autre${others > 1 ? 's' : ''} fichier${others > 1 ? 's' : ''} hors de \`content/\` (code, configuration) : relecture par les mainteneurs.`,
    );
  lines.push(
    '',
    'Le site construit est joint à cette vérification (artefact « site ») : décompressez-le dans le dossier `dist/` d’une copie du dépôt, lancez `npm run preview`, puis ouvrez les pages ci-dessus.',
  );
  return `${lines.join('\n')}\n`;
}
