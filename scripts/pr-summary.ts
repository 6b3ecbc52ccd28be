// Writes the job summary of a pull request's check (scripts/lib/pr-summary.ts) to the file
// GitHub names in GITHUB_STEP_SUMMARY, or prints it. VALIDATION is the validate step's outcome.
// The checkout is the pull request merged into its base: HEAD^1 is the base.
import { execFileSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { parseNameStatus, summaryMarkdown } from './lib/pr-summary.ts';

const base = process.env.BASE_REF ?? 'HEAD^1';
const diff = execFileSync('git', ['diff', '--name-status', '--no-renames', base, 'HEAD'], { encoding: 'utf8' });
const markdown = summaryMarkdown(parseNameStatus(diff), process.env.VALIDATION ?? '');
if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, markdown);
else console.log(markdown);
