// Finds the line of a field in a parsed YAML document, so that every message
// points at the line a contributor has to change.
import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node as YamlNode } from 'yaml';
import type { Segment } from './problem.ts';

export interface Located {
  doc: Document;
  counter: LineCounter;
  /** 1-based line of the first YAML line in the file. */
  firstLine: number;
}

/** The key's line, or its closest existing parent's; `fallback` when even the first segment is missing. */
export function lineOf({ doc, counter, firstLine }: Located, segments: readonly Segment[], fallback = 1): number {
  let node: unknown = doc.contents;
  let line = fallback;
  const toLine = (offset: number | undefined) => (offset === undefined ? line : counter.linePos(offset).line + firstLine - 1);
  for (const seg of segments) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return line;
      line = toLine((pair.key as YamlNode).range?.[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as YamlNode | undefined;
      if (!item) return line;
      line = toLine(item.range?.[0]);
      node = item;
    } else {
      return line;
    }
  }
  return line;
}
