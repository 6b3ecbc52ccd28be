// A Markdown parser that runs anywhere JavaScript does, for the proposal relay in the
// Workers runtime: satteri (the site's parser) is a native module there replaced by a
// WebAssembly build that needs threads, shared memory and compiling WebAssembly at run
// time, none of which a Worker allows. micromark (unified's reference parser) with the
// same syntax as satteri's defaults (CommonMark, GFM, YAML front matter) gives the same
// trees for what the rules look at: tests/helpers/record.ts runs every rule test with
// both parsers and requires the same messages.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import type { MarkdownNode } from './rules/context.ts';

export function portableMarkdown(source: string): MarkdownNode {
  return fromMarkdown(source, { extensions: [gfm(), frontmatter(['yaml'])], mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])] });
}
