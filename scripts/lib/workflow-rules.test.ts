import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { pinnedComments, workflowProblems } from './workflow-rules.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DIR = path.join(ROOT, '.github/workflows');
const workflows = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f));
const validator = path.join(ROOT, 'node_modules/.bin', process.platform === 'win32' ? 'action-validator.cmd' : 'action-validator');
const validate = (file: string) => spawnSync(validator, [file], { encoding: 'utf8', shell: process.platform === 'win32' });

const SHA = 'a'.repeat(40);
const BAD = `
on: [pull_request_target]
jobs:
  j:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: echo "\${{ github.event.pull_request.title }}"
`;

describe('workflowProblems', () => {
  test('names every zizmor rule a careless workflow breaks', () => {
    const problems = workflowProblems('bad.yml', BAD).join('\n');
    for (const s of [
      'pull_request_target',
      'aucune permission par défaut',
      'concurrency',
      'permissions non déclarées',
      'timeout-minutes',
      'n’est pas épinglée',
      'persist-credentials',
      'expression ${{ … }} dans « run »',
    ])
      expect(problems).toContain(s);
  });

  test('accepts a careful one', () => {
    const good = `
on: [pull_request]
permissions: {}
concurrency: { group: x }
jobs:
  j:
    runs-on: ubuntu-latest
    timeout-minutes: 5
    permissions: { contents: read }
    steps:
      - uses: actions/checkout@${SHA} # v4.2.2
        with: { persist-credentials: false }
      - env: { TITLE: "\${{ github.event.pull_request.title }}" }
        run: echo "$TITLE"
`;
    expect(workflowProblems('good.yml', good)).toEqual([]);
  });
});

describe.each(workflows)('.github/workflows/%s', (file) => {
  const text = readFileSync(path.join(DIR, file), 'utf8');

  test('passes action-validator (GitHub’s workflow schema)', () => {
    const result = validate(path.join(DIR, file));
    expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
  });

  test('follows the zizmor checklist: no dangerous trigger, least privilege, pinned actions, no credentials left, no expression in a script', () => {
    expect(workflowProblems(file, text)).toEqual([]);
  });

  test('names the release of each pinned action', () => {
    for (const pin of pinnedComments(text)) expect(pin.comment, pin.uses).toMatch(/^v\d+\.\d+\.\d+$/);
  });
});

test('action-validator refuses a workflow GitHub would refuse', () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'coop-wf-')), 'broken.yml');
  writeFileSync(file, 'on: [push]\njobs:\n  j:\n    steps:\n      - run: true\n    runs-on: ubuntu-latest\n    unknown-key: 1\n');
  expect(validate(file).status).not.toBe(0);
});

test('CODEOWNERS gives the records a reviewers’ team and everything else to the maintainers', () => {
  const rules = readFileSync(path.join(ROOT, '.github/CODEOWNERS'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => l.trim().split(/\s+/));
  const ownersOf = (pattern: string) => rules.findLast((r) => r[0] === pattern)?.slice(1) ?? [];
  expect(ownersOf('*')).toEqual(['@cooperations-isolement/mainteneurs']);
  expect(ownersOf('/content/')).toEqual([expect.stringMatching(/^@[\w-]+\/[\w-]+$/)]);
  expect(rules.at(-1)?.[0]).toBe('/content/');
});
