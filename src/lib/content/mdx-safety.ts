// `.mdx` records may only hold Markdown: no import, export, `{…}` expression or
// component/HTML tag, because MDX would run or render them as they are.

export interface BodyProblem {
  /** 1-based line within the body. */
  line: number;
  message: string;
}

/** Blanks out code (fenced blocks and inline spans) so that its braces and tags are not flagged. */
function withoutCode(lines: string[]): string[] {
  let fence: string | undefined;
  return lines.map((line) => {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      return '';
    }
    if (marker) {
      fence = marker;
      return '';
    }
    return line.replace(/(`+)[^`]*?\1/g, '');
  });
}

export function checkMdxBody(body: string): BodyProblem[] {
  const problems: BodyProblem[] = [];
  withoutCode(body.split(/\r?\n/)).forEach((line, i) => {
    const at = i + 1;
    if (/^\s*(import|export)\s/.test(line)) {
      problems.push({ line: at, message: 'les lignes import et export ne sont pas permises dans une fiche : retirez-les' });
    } else if (/(?<!\\)[{}]/.test(line)) {
      problems.push({ line: at, message: 'les accolades { } ne sont pas permises dans un fichier .mdx : écrivez \\{ et \\}, ou renommez le fichier en .md' });
    } else if (/<[A-Za-z!/]/.test(line)) {
      problems.push({ line: at, message: 'les balises HTML ou composants ne sont pas permis dans une fiche : utilisez la mise en forme Markdown' });
    }
  });
  return problems;
}
