// The built site is read by a web server whose workers run as another user: Debian's nginx,
// started as root, serves as www-data. The build's temporary folder is made by mkdtemp (0700)
// and a restrictive umask makes files 0600; a deployer copying with `rsync -a` keeps either.
// So every folder gets 0755 and every file 0644, whatever the umask.
import { chmodSync, lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const DIR_MODE = 0o755;
export const FILE_MODE = 0o644;

/** Gives a folder and everything in it the usual modes; links are left alone (never followed). Returns how many entries it changed. */
export function makeReadableByAll(dir: string): number {
  let count = 1;
  chmodSync(dir, DIR_MODE);
  for (const name of readdirSync(dir)) {
    const entry = path.join(dir, name);
    const stats = lstatSync(entry);
    if (stats.isDirectory()) count += makeReadableByAll(entry);
    else if (stats.isFile()) {
      chmodSync(entry, FILE_MODE);
      count++;
    }
  }
  return count;
}
