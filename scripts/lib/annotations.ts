// GitHub Actions workflow commands: a validation problem becomes an annotation on
// the file and line of the pull request.
import type { Problem } from '../../src/lib/content/problem.ts';

// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function githubAnnotation(p: Problem): string {
  const props = [`file=${escapeProperty(p.file)}`, `line=${p.line}`];
  if (p.column) props.push(`col=${p.column}`);
  if (p.field) props.push(`title=${escapeProperty(p.field)}`);
  return `::error ${props.join(',')}::${escapeData(p.message)}`;
}
