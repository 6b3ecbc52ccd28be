// The rules' context in Node: the official list of communes read from disk, and
// the site's own Markdown parser (satteri, a native module), so that the validator
// and the build judge a text exactly as the pages will render it.
import { markdownToMdast } from 'satteri';
import { communes } from '../territories/communes.ts';
import type { MarkdownNode, RuleContext } from './rules/context.ts';

export const NODE_RULE_CONTEXT: RuleContext = {
  communes,
  markdown: (source): MarkdownNode => markdownToMdast(source),
};
