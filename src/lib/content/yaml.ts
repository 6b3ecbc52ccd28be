// Reads the YAML of a record header or a data file with the `yaml` package, keeping
// real positions: every syntax error is reported at its own line and column, with
// a French hint that fits the mistake. Anchors, aliases and explicit tags are
// refused before anything is expanded (an alias bomb never grows).
import { isScalar, LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml';

export interface YamlProblem {
  /** 1-based line within the YAML text. */
  line: number;
  /** 1-based column within the line. */
  column: number;
  message: string;
}

export type YamlResult =
  | { ok: true; doc: Document; counter: LineCounter; value: unknown }
  | { ok: false; problems: YamlProblem[] };

function lineText(text: string, line: number): string {
  return text.split(/\r?\n/)[line - 1] ?? '';
}

/** Where a quoted text that never closes was opened: the quoted scalar spanning the error. */
function openQuote(doc: Document, offset: number): number | undefined {
  let start: number | undefined;
  visit(doc, {
    Scalar(_, node) {
      if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && node.range && node.range[0] < offset && node.range[1] >= offset) {
        start = node.range[0];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return start;
}

function describe(error: YAMLError, text: string, doc: Document, counter: LineCounter): YamlProblem {
  let { line, col } = counter.linePos(error.pos[0]);
  const first = error.message.split('\n')[0] ?? '';
  let message: string;
  switch (error.code) {
    case 'TAB_AS_INDENT':
      message = 'une tabulation sert de retrait : remplacez-la par des espaces (deux espaces par niveau)';
      break;
    case 'DUPLICATE_KEY': {
      const key = lineText(text, line).slice(col - 1).split(':')[0]?.trim().replace(/^- /, '') ?? '';
      message = `le champ « ${key} » est écrit deux fois : gardez-en un seul`;
      break;
    }
    case 'MISSING_CHAR':
      if (/quote/i.test(first)) {
        const start = openQuote(doc, error.pos[0]);
        if (start !== undefined) ({ line, col } = counter.linePos(start));
        message = 'un guillemet ouvert ici n’est jamais refermé : ajoutez le guillemet de fin sur la même ligne';
      } else {
        message = 'il manque un caractère de fermeture (un « ] » ou un « } ») : vérifiez les crochets de la liste';
      }
      break;
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      message = 'un texte qui contient « : » (deux-points suivi d’une espace) doit être entre guillemets : écrivez champ: "votre texte"';
      break;
    case 'BAD_INDENT':
      message = /Flow sequence|Flow mapping/.test(first)
        ? 'une liste entre crochets n’est pas fermée : ajoutez « ] » à la fin de la ligne'
        : 'le retrait (les espaces en début de ligne) ne correspond pas à la ligne du dessus : alignez ce champ sur ses voisins';
      break;
    case 'MULTIPLE_DOCS':
      message = 'une ligne « --- » de trop dans l’en-tête : l’en-tête s’ouvre et se ferme par une seule ligne « --- »';
      break;
    case 'BAD_DQ_ESCAPE':
      message = 'une barre oblique inverse « \\ » entre guillemets doit être doublée « \\\\ », ou utilisez des guillemets simples';
      break;
    case 'BLOCK_IN_FLOW':
      message = 'une liste entre crochets doit tenir sur une ligne, ou s’écrire avec un tiret par ligne';
      break;
    case 'UNEXPECTED_TOKEN':
      message = 'caractère inattendu à cet endroit : vérifiez la ponctuation (guillemets, crochets, deux-points) et le retrait';
      break;
    default:
      message = 'la mise en forme de l’en-tête est incorrecte à cet endroit : vérifiez le retrait, les guillemets et les deux-points';
  }
  return { line, column: col, message };
}

/**
 * Parses YAML text. Never throws for a content problem and never expands an alias:
 * the document is inspected before it becomes data.
 */
export function readYaml(text: string): YamlResult {
  const counter = new LineCounter();
  // The core schema keeps dates as text, so the schemas check how they are written.
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const problems: YamlProblem[] = doc.errors.map((e) => describe(e, text, doc, counter));
  const at = (offset: number | undefined) => counter.linePos(offset ?? 0);
  visit(doc, {
    Alias(_, node) {
      const { line, col } = at(node.range?.[0]);
      problems.push({ line, column: col, message: `la référence « *${node.source} » n’est pas permise : recopiez la valeur elle-même` });
    },
    Node(_, node) {
      if (node.anchor) {
        const { line, col } = at(node.range?.[0]);
        problems.push({ line, column: col, message: `l’ancre « &${node.anchor} » n’est pas permise : écrivez chaque valeur en entier, sans « & » ni « * »` });
      }
      if (node.tag && !(isScalar(node) && node.tag === 'tag:yaml.org,2002:str' && node.type?.startsWith('QUOTE'))) {
        const { line, col } = at(node.range?.[0]);
        problems.push({ line, column: col, message: `l’étiquette « ${node.tag} » n’est pas permise : retirez le « ! » et écrivez la valeur seule` });
      }
    },
  });
  for (const w of doc.warnings) {
    if (w.code === 'TAG_RESOLVE_FAILED' && !problems.some((p) => p.line === at(w.pos[0]).line)) {
      const { line, col } = at(w.pos[0]);
      problems.push({ line, column: col, message: 'une étiquette « ! » n’est pas permise : retirez-la et écrivez la valeur seule' });
    }
  }
  if (problems.length) {
    problems.sort((a, b) => a.line - b.line || a.column - b.column);
    return { ok: false, problems };
  }
  // No alias remains, so this cannot expand; maxAliasCount stays as a second lock.
  return { ok: true, doc, counter, value: doc.toJS({ maxAliasCount: 0 }) };
}
