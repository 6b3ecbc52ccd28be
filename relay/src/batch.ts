// A batch from the page « Importer un tableau »: up to 500 records of one collection (2 MB),
// each checked like a single proposal (validateRecordText, the validator's own entry point),
// proposed as ONE pull request with one file per record. Any problem refuses the whole batch,
// with every problem named by its record: nothing half-valid goes on.
import type { Octokit } from '@octokit/core';
import { parseDocument } from 'yaml';
import { z } from 'astro/zod';
import { COLLECTIONS } from '../../src/schemas/index.ts';
import { SLUG_PATTERN } from '../../src/schemas/shared/text.ts';
import { themesFileSchema } from '../../src/schemas/donnees.ts';
import { validateRecordText, type RuleContext } from '../../src/lib/content/record.ts';
import { batchProblem, MAX_BATCH_RECORDS } from '../../src/lib/import/batch.ts';
import type { Answer } from './answer.ts';
import type { RelayConfig } from './config.ts';
import { contactIssueText } from './contact-text.ts';
import { openBatchPullRequest, openContactIssue, readRepository } from './github.ts';
import { MESSAGES } from './messages.ts';
import { proposerSchema } from './proposal.ts';
import { batchPullRequestText } from './batch-text.ts';

export const batchSchema = z
  .object({
    collection: z.enum(COLLECTIONS),
    fiches: z
      .array(
        z.object({ slug: z.string().max(100).regex(SLUG_PATTERN), text: z.string().min(1), edit: z.boolean().default(false) }).strict(),
      )
      .min(1)
      .max(MAX_BATCH_RECORDS),
    proposer: proposerSchema,
    note: z.string().max(2000).optional(),
    website: z.string().max(500).optional(),
    altcha: z.string().max(10_000),
  })
  .strict();

export type Batch = z.output<typeof batchSchema>;

interface BatchProblem {
  fiche: string;
  line: number;
  field?: string;
  message: string;
}

export async function proposeBatch(
  octokit: Octokit,
  batch: Batch,
  config: RelayConfig,
  context: RuleContext,
  answer: Answer,
  log: (m: string) => void,
): Promise<Response> {
  const limit = batchProblem(batch.fiches);
  if (limit) return answer(400, { error: MESSAGES.batchRefused(limit) });
  const state = await readRepository(octokit, config, batch.collection, '');
  const themes = themesFileSchema.safeParse(parseDocument(state.themesYaml).toJS());
  const themeIds = themes.success ? themes.data.map((t) => t.id) : [];
  const existing = new Set(state.ids[batch.collection]);
  // The batch's new records count as known: one may cite another.
  const ids = { ...state.ids, [batch.collection]: [...new Set([...state.ids[batch.collection], ...batch.fiches.map((f) => f.slug)])] };
  const problems: BatchProblem[] = [];
  for (const f of batch.fiches) {
    if (!f.edit && existing.has(f.slug)) problems.push({ fiche: f.slug, line: 1, message: MESSAGES.exists(f.slug) });
    else if (f.edit && !existing.has(f.slug)) problems.push({ fiche: f.slug, line: 1, message: MESSAGES.missing(f.slug) });
    for (const p of validateRecordText(batch.collection, `${f.slug}.md`, f.text, themeIds, context, { ids }))
      problems.push({ fiche: f.slug, line: p.line, ...(p.field ? { field: p.field } : {}), message: p.message });
  }
  if (problems.length) return answer(422, { error: MESSAGES.batchInvalid, problems });

  const text = batchPullRequestText(batch);
  const suffix = Array.from(crypto.getRandomValues(new Uint8Array(3)), (b) => b.toString(16).padStart(2, '0')).join('');
  const pr = await openBatchPullRequest(octokit, config, {
    baseSha: state.baseSha,
    treeSha: state.treeSha,
    branchName: `proposition/${batch.collection}/import-${batch.fiches.length}-${suffix}`,
    files: batch.fiches.map((f) => ({ path: `content/${batch.collection}/${f.slug}.md`, text: f.text })),
    ...text,
  });
  for (const w of pr.warnings) log(`relais : demande n° ${pr.number} ouverte, mais ${w}`);
  const contact = contactIssueText(batch, { ...pr, title: text.title });
  if (contact) {
    await openContactIssue(octokit, config, contact).catch((error: unknown) =>
      log(`relais : demande n° ${pr.number} ouverte, mais le ticket de suivi privé a échoué : ${String(error)}`),
    );
  }
  return answer(201, { url: pr.url, number: pr.number });
}
