// What the record rules need from outside the record, handed to them rather than
// imported, so that the same rules run in Node (`npm run validate`, the build) and
// in the Workers runtime (the proposal relay), where there is no file system and
// no native module.
import type { CommuneIndex } from '../../territories/commune-index.ts';

/** The parts of an mdast node the rules read. */
export interface MarkdownNode {
  type: string;
  value?: string;
  url?: string;
  identifier?: string;
  position?: { start: { line: number } };
  children?: MarkdownNode[];
}

export interface RuleContext {
  /** The official list of communes. */
  communes: CommuneIndex;
  /** Markdown (CommonMark + GFM + front matter) to an mdast tree. */
  markdown: (source: string) => MarkdownNode;
}
