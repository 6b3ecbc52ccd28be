// Checks one record of the shared valid corpus, changed, with the validator's
// one-record entry point: `check(edit('acteurs/asso-test.md', from, to))`.
// Every check runs twice: with the validator's context (the site's Markdown parser,
// satteri) and with the portable parser the proposal relay uses on Workers; both
// must give the same messages, so every rule test also proves the relay agrees.
import { expect } from 'vitest';
import { NODE_RULE_CONTEXT } from '../../src/lib/content/node-context.ts';
import { portableMarkdown } from '../../src/lib/content/portable-markdown.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';
import { validateRecordText } from '../../src/lib/content/record.ts';
import type { RuleContext } from '../../src/lib/content/rules/context.ts';
import type { CollectionName } from '../../src/schemas/index.ts';

const THEMES = ['isolement-social', 'gouvernance'];

/** The relay's context, with the official list read from disk. */
export const PORTABLE_RULE_CONTEXT: RuleContext = { ...NODE_RULE_CONTEXT, markdown: portableMarkdown };

/** The formatted problems of the one file in `change` (`{ 'collection/name.md': text }`). */
export function checkRecordText(change: Record<string, string>): string[] {
  const [name, text] = Object.entries(change)[0] ?? ['', ''];
  const [collection, file] = name.split('/') as [CollectionName, string];
  const problems = validateRecordText(collection, file, text, THEMES, NODE_RULE_CONTEXT).map(formatProblem);
  expect(
    validateRecordText(collection, file, text, THEMES, PORTABLE_RULE_CONTEXT).map(formatProblem),
    'same messages with the portable Markdown parser',
  ).toEqual(problems);
  return problems;
}
