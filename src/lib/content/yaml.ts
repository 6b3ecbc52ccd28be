// Reads the YAML of a record header or a data file with the `yaml` package, keeping
// real positions: every syntax error is reported at its own line and column, with
// a French hint that fits the mistake. Anchors, aliases and explicit tags are
// refused before anything is expanded (an alias bomb never grows).
import { LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml';

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

/**
 * Where a quoted text that never closes was opened: the first scalar that runs up to the
 * error (a text before it ends on its own line). A later quote may close it and open another
 * (`["22"]`): the first one is the one to fix.
 */
function openQuote(doc: Document, offset: number): number | undefined {
  let start: number | undefined;
  visit(doc, {
    Scalar(_, { range }) {
      if (!range || range[1] < offset) return undefined;
      start = range[0];
      return visit.BREAK;
    },
  });
  return start;
}

function describe(error: YAMLError, text: string, doc: Document, counter: LineCounter): YamlProblem {
  let { line, col } = counter.linePos(error.pos[0]);
  let message: string;
  switch (error.code) {
    case 'TAB_AS_INDENT':
      message = 'une tabulation sert de retrait : remplacez-la par des espaces (deux espaces par niveau)';
      break;
    case 'DUPLICATE_KEY': {
      // The parser points at the second key: the field is what is written there, up to « : »
      // or the end of the line (split with a limit of one gives exactly one piece).
      const key = text.slice(error.pos[0]).split(/[:\r\n]/, 1).join('').trim();
      message = `le champ « ${key} » est écrit deux fois : gardez-en un seul`;
      break;
    }
    case 'MISSING_CHAR':
      // Without prettyErrors, the message is the parser's one line, never the contributor's text.
      if (/quote/i.test(error.message)) {
        ({ line, col } = counter.linePos(openQuote(doc, error.pos[0]) ?? error.pos[0]));
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
      message = /Flow sequence|Flow mapping/.test(error.message)
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
  // The first anchor, alias and tag are enough to point at: an alias bomb holds hundreds.
  const found: Partial<Record<'anchor' | 'alias' | 'tag', { offset: number; text: string; count: number }>> = {};
  const note = (kind: keyof typeof found, node: { range?: readonly number[] | null }, text: string) => {
    const known = found[kind];
    if (known) known.count++;
    else found[kind] = { offset: node.range?.[0] ?? 0, text, count: 1 };
  };
  // A tag the parser cannot resolve (`!perso`, `!!js/function`, one from a %TAG line) stays
  // on its node with a warning: the visit sees every one of them.
  visit(doc, {
    Alias(_, node) {
      note('alias', node, `*${node.source}`);
    },
    Node(_, node) {
      if (node.anchor) note('anchor', node, `&${node.anchor}`);
      if (node.tag) note('tag', node, node.tag.replace('tag:yaml.org,2002:', '!!'));
    },
  });
  const others = (n: number) => (n > 1 ? ` (${n} en tout dans l’en-tête)` : '');
  const messages = {
    anchor: (f: { text: string; count: number }) => `l’ancre « ${f.text} » n’est pas permise${others(f.count)} : écrivez chaque valeur en entier, sans « & » ni « * »`,
    alias: (f: { text: string; count: number }) => `la référence « ${f.text} » n’est pas permise${others(f.count)} : recopiez la valeur elle-même`,
    tag: (f: { text: string; count: number }) => `l’étiquette « ${f.text} » n’est pas permise${others(f.count)} : retirez-la et écrivez la valeur seule`,
  };
  for (const kind of ['anchor', 'alias', 'tag'] as const) {
    const f = found[kind];
    if (!f) continue;
    const { line, col } = counter.linePos(f.offset);
    problems.push({ line, column: col, message: messages[kind](f) });
  }
  if (problems.length) {
    problems.sort((a, b) => a.line - b.line || a.column - b.column);
    return { ok: false, problems };
  }
  // No alias remains, so this cannot expand; maxAliasCount stays as a second lock, which no
  // test can reach since every alias is refused above.
  // Stryker disable next-line ObjectLiteral: the second lock is unreachable by design
  return { ok: true, doc, counter, value: doc.toJS({ maxAliasCount: 0 }) };
}
