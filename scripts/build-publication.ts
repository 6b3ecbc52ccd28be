// `npm run build:publication`: the build the deploy workflow runs. It refuses to start while a
// publication setting is missing or left at its development value (README, « Publier »), then
// builds as `npm run build` does.
import { spawnSync } from 'node:child_process';
import { publicationMessage, publicationProblems } from '../src/lib/site/publication.ts';

const e = process.env;
const problems = publicationProblems({
  SITE_URL: e.SITE_URL,
  BASE_PATH: e.BASE_PATH,
  REPO_URL: e.REPO_URL,
  EDITEUR: e.EDITEUR,
  HEBERGEUR: e.HEBERGEUR,
  CONTACT_EMAIL: e.CONTACT_EMAIL,
  CARTE_FOND: e.CARTE_FOND,
  RELAY_URL: e.RELAY_URL,
});
if (problems.length > 0) {
  console.error(publicationMessage(problems));
  process.exit(1);
}
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const build = spawnSync(npm, ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(build.status ?? 1);
