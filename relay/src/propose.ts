// A proposal that passed the relay's gate, against the repository: read what the checks need,
// validate, and only then spend more calls (cited records, branch, commit, pull request, the
// private contact issue). An invalid proposal costs three reads; see relay/README.md.
import type { Octokit } from '@octokit/core';
import { parseDocument } from 'yaml';
import { themesFileSchema } from '../../src/schemas/donnees.ts';
import type { Problem } from '../../src/lib/content/problem.ts';
import { recordHeader, validateRecordText, type RuleContext } from '../../src/lib/content/record.ts';
import { referencedRecords } from '../../src/lib/content/rules/index.ts';
import type { Answer } from './answer.ts';
import type { RelayConfig } from './config.ts';
import { contactIssueText } from './contact-text.ts';
import { openContactIssue, openPullRequest, readBlob, readRepository, type RepositoryState } from './github.ts';
import { MESSAGES } from './messages.ts';
import type { Proposal } from './proposal.ts';
import { pullRequestText } from './pull-request-text.ts';

/** Cited records read to know whether they are drafts; the repository's own checks see the rest. */
export const MAX_CITED = 5;

export async function propose(
  octokit: Octokit,
  proposal: Proposal,
  config: RelayConfig,
  context: RuleContext,
  answer: Answer,
  log: (m: string) => void,
): Promise<Response> {
  const state = await readRepository(octokit, config, proposal.collection, proposal.slug);
  if (!proposal.edit && state.existing) return answer(409, { error: MESSAGES.exists(proposal.slug) });
  if (proposal.edit && !state.existing) return answer(409, { error: MESSAGES.missing(proposal.slug) });
  if (state.existing && state.existing.text === proposal.text) return answer(422, { error: MESSAGES.unchanged });

  const themes = themesFileSchema.safeParse(parseDocument(state.themesYaml).toJS());
  const themeIds = themes.success ? themes.data.map((t) => t.id) : [];
  const path = `content/${proposal.collection}/${proposal.slug}.md`;
  // The validator's own entry point: the proposed record is checked as if it were in the
  // repository, in place of its old version for an edit. Drafts among the cited records are
  // looked up only for a record that is otherwise valid.
  const check = (drafts: Set<string>) =>
    validateRecordText(proposal.collection, `${proposal.slug}.md`, proposal.text, themeIds, context, { ids: state.ids, drafts });
  let problems = check(new Set());
  if (!problems.length) {
    const drafts = await draftsCited(octokit, config, proposal, state);
    if (drafts.size) problems = check(drafts);
  }
  if (problems.length) return answer(422, { error: MESSAGES.invalid, problems: problems.map(toAnswer) });

  const text = pullRequestText(proposal, path, state.existing?.text);
  const suffix = Array.from(crypto.getRandomValues(new Uint8Array(3)), (b) => b.toString(16).padStart(2, '0')).join('');
  const pr = await openPullRequest(octokit, config, {
    baseSha: state.baseSha,
    branchName: `proposition/${proposal.collection}/${proposal.slug}-${suffix}`,
    path,
    text: proposal.text,
    fileSha: state.existing?.sha,
    ...text,
  });
  for (const w of pr.warnings) log(`relais : demande n° ${pr.number} ouverte, mais ${w}`);
  const contact = contactIssueText(proposal, { ...pr, title: text.title });
  if (contact) {
    // The proposal is in: a failure here is the team's to know (without the details), not the person's.
    await openContactIssue(octokit, config, contact).catch((error: unknown) =>
      log(`relais : demande n° ${pr.number} ouverte, mais le ticket de suivi privé a échoué : ${String(error)}`),
    );
  }
  return answer(201, { url: pr.url, number: pr.number });
}

/** Records a published proposal may not cite: the drafts among the first few it names. */
async function draftsCited(octokit: Octokit, config: RelayConfig, proposal: Proposal, state: RepositoryState): Promise<Set<string>> {
  // Called for a valid record only: it has a header, and cites records of the repository (each
  // with its blob), each once (referencedRecords gives a set), never itself (the validator refuses).
  const header = recordHeader(proposal.text) as Record<string, unknown>;
  if (header.brouillon === true) return new Set();
  const cited = referencedRecords(proposal.collection, header).slice(0, MAX_CITED);
  const texts = await Promise.all(cited.map((id) => readBlob(octokit, config, state.blobs.get(id) as string)));
  return new Set(cited.filter((_, i) => recordHeader(texts[i] as string)?.brouillon === true));
}

function toAnswer(p: Problem): { line: number; field?: string; message: string } {
  return { line: p.line, ...(p.field ? { field: p.field } : {}), message: p.message };
}
