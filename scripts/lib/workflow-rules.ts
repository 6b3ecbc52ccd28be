// zizmor's main audits, as a checklist the tests run on .github/workflows (zizmor itself is a
// Rust program, not an npm package): each rule names the workflow, the job or step, and why.
import { parse } from 'yaml';

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: unknown;
  steps?: Step[];
  'timeout-minutes'?: number;
}
interface Workflow {
  on?: unknown;
  permissions?: unknown;
  concurrency?: unknown;
  jobs?: Record<string, Job>;
}

const triggers = (on: unknown): string[] =>
  typeof on === 'string' ? [on] : Array.isArray(on) ? on.map(String) : on && typeof on === 'object' ? Object.keys(on) : [];

/** Every rule the workflow breaks, one sentence each. `text` is the workflow file's content. */
export function workflowProblems(file: string, text: string): string[] {
  const wf = parse(text) as Workflow;
  const problems: string[] = [];
  const say = (where: string, what: string) => problems.push(`${file} ${where}: ${what}`);
  // dangerous-triggers: these run with the repository's write token on a stranger's code.
  for (const t of triggers(wf.on))
    if (t === 'pull_request_target' || t === 'workflow_run') say('on', `${t} donne les droits du dépôt au code d’une proposition`);
  // excessive-permissions: an explicit, minimal token everywhere.
  if (wf.permissions === undefined) say('permissions', 'aucune permission par défaut déclarée (écrire « permissions: {} » en tête)');
  else if (
    wf.permissions === 'write-all' ||
    (wf.permissions &&
      typeof wf.permissions === 'object' &&
      Object.keys(wf.permissions).length > 0 &&
      Object.values(wf.permissions).some((v) => v === 'write'))
  )
    say('permissions', 'des droits en écriture pour tout le fichier : les donner au seul travail qui en a besoin');
  if (wf.concurrency === undefined) say('concurrency', 'sans « concurrency », deux exécutions se chevauchent');
  for (const [name, job] of Object.entries(wf.jobs ?? {})) {
    if (job.permissions === undefined) say(`jobs.${name}`, 'permissions non déclarées');
    if (job['timeout-minutes'] === undefined) say(`jobs.${name}`, 'sans timeout-minutes');
    for (const [i, step] of (job.steps ?? []).entries()) {
      const where = `jobs.${name}.steps[${i}]${step.name ? ` (${step.name})` : ''}`;
      // unpinned-uses: a tag can be moved to other code; a commit cannot.
      if (step.uses && !step.uses.startsWith('./') && !step.uses.startsWith('docker://') && !/@[0-9a-f]{40}$/.test(step.uses))
        say(where, `${step.uses} n’est pas épinglée par un commit complet`);
      // artipacked: the token stays in .git/config for every later step to read.
      if (step.uses?.startsWith('actions/checkout@') && step.with?.['persist-credentials'] !== false)
        say(where, 'actions/checkout sans « persist-credentials: false »');
      // template-injection: an expression in a script is pasted into the shell before it runs.
      if (step.run?.includes('${{')) say(where, 'une expression ${{ … }} dans « run » : la passer par « env: »');
    }
  }
  return problems;
}

/** The pinned actions of a workflow's text with the release named in their comment. */
export function pinnedComments(text: string): Array<{ uses: string; comment: string | undefined }> {
  return [...text.matchAll(/uses:\s*(\S+@[0-9a-f]{40})(?:\s*#\s*(\S+))?/g)].map((m) => ({ uses: m[1] as string, comment: m[2] }));
}
