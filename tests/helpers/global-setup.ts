// Builds the repository's content once before the site tests read dist/.
import { buildSite, MAIN_DIST } from './build.ts';

export default function setup(): void {
  if (process.env.SKIP_BUILD === '1') return;
  const result = buildSite({ outDir: MAIN_DIST });
  if (result.status !== 0) {
    throw new Error(`La construction du site a échoué :\n${result.stdout}\n${result.stderr}`);
  }
}
