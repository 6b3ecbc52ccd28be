// Where the records live: `content/`, or the folder named by CONTENT_DIR
// (absolute, or relative to the folder the command runs from).
import path from 'node:path';

export function contentDir(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
  const configured = env.CONTENT_DIR?.trim();
  return path.resolve(cwd, configured ? configured : 'content');
}
