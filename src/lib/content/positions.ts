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
  for (const seg of segments) {
    // Where this segment is written: a field's key, or an item of a list.
    let written: YamlNode | undefined;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      written = pair?.key as YamlNode | undefined;
      node = pair?.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      written = node.items[seg] as YamlNode | undefined;
      node = written;
    }
    if (!written?.range) return line;
    line = counter.linePos(written.range[0]).line + firstLine - 1;
  }
  return line;
}
