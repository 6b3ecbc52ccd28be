// An image in a record's text is fetched by every reader's browser: one from another
// site would tell that site who reads the page (and the Content-Security-Policy blocks
// it anyway, leaving a broken image). Only the site's own files are accepted.
// The body is parsed with the Markdown parser of the context (the site's own in Node).
import { isLocalImage } from '../markdown-safety.ts';
import type { Problem } from '../problem.ts';
import type { MarkdownNode as Node } from './context.ts';
import type { RecordRule } from './types.ts';

/** A node and every node under it, in reading order. */
const all = (n: Node): Node[] => [n, ...(n.children ?? []).flatMap(all)];

export const bodyImages: RecordRule = (record, { markdown }) => {
  // Every Markdown image starts with « ![ »: a body without one needs no parsing (the result
  // would be the same, only slower).
  // Stryker disable next-line ConditionalExpression,StringLiteral: a shortcut with the same result
  if (!record.body.includes('![')) return [];
  const nodes = all(markdown(record.body));
  // A reference image `![texte][r]` takes its address from the line `[r]: adresse`.
  const defined = new Map(nodes.filter((n) => n.type === 'definition').map((n) => [n.identifier, n.url]));
  const problems: Problem[] = [];
  for (const node of nodes) {
    const url = node.type === 'image' ? node.url : node.type === 'imageReference' ? defined.get(node.identifier) : undefined;
    if (url === undefined || isLocalImage(url)) continue;
    problems.push({
      file: record.file,
      line: (node.position?.start.line ?? 1) + record.bodyLine - 1,
      message: `l’image « ${url.slice(0, 80)} » n’est pas un fichier du site : le site n’affiche que ses propres images (une image d’un autre site saurait qui lit la page) ; proposez le fichier de l’image avec la fiche, ou remplacez l’image par un lien [texte](adresse)`,
    });
  }
  return problems;
};
