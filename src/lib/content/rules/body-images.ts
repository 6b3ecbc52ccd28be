// An image in a record's text is fetched by every reader's browser: one from another
// site would tell that site who reads the page (and the Content-Security-Policy blocks
// it anyway, leaving a broken image). Only the site's own files are accepted.
// The body is parsed with the site's own Markdown parser, as it will be rendered.
import { markdownToMdast } from 'satteri';
import { isLocalImage } from '../markdown-safety.ts';
import type { Problem } from '../problem.ts';
import type { RecordRule } from './types.ts';

interface Node {
  type: string;
  url?: string;
  identifier?: string;
  position?: { start: { line: number } };
  children?: Node[];
}

export const bodyImages: RecordRule = (record) => {
  // Every Markdown image starts with « ![ »: a body without one needs no parsing.
  if (!record.body.includes('![')) return [];
  const root = markdownToMdast(record.body) as unknown as Node;
  const definitions = new Map<string, Node>();
  const images: Node[] = [];
  const walk = (n: Node) => {
    if (n.type === 'definition' && n.identifier) definitions.set(n.identifier, n);
    if (n.type === 'image' || n.type === 'imageReference') images.push(n);
    n.children?.forEach(walk);
  };
  walk(root);
  const problems: Problem[] = [];
  for (const image of images) {
    const url = image.type === 'image' ? image.url : definitions.get(image.identifier ?? '')?.url;
    if (url === undefined || isLocalImage(url)) continue;
    problems.push({
      file: record.file,
      line: (image.position?.start.line ?? 1) + record.bodyLine - 1,
      message: `l’image « ${url.slice(0, 80)} » n’est pas un fichier du site : le site n’affiche que ses propres images (une image d’un autre site saurait qui lit la page) ; proposez le fichier de l’image avec la fiche, ou remplacez l’image par un lien [texte](adresse)`,
    });
  }
  return problems;
};
