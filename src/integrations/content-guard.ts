// Runs the validator before Astro reads any content, so `astro build` fails on
// exactly the rules of `npm run validate`, with the same messages, and nothing
// is half-built. The collections' loader then publishes the records of this same
// validation (src/lib/content/validated.ts).
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { CheckCache, codeVersion } from '../lib/content/check-cache.ts';
import { contentDir } from '../lib/content/content-dir.ts';
import { validatedContent } from '../lib/content/validated.ts';
import { formatProblem } from '../lib/content/validation.ts';

export function contentGuard(): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        // Unchanged files keep their check from the previous build (check-cache.ts).
        const checks = new CheckCache(fileURLToPath(new URL('validation.bin', config.cacheDir)), codeVersion(fileURLToPath(config.root)));
        const result = validatedContent(contentDir(), true, { cache: checks });
        checks.save();
        if (!result.problems.length) {
          logger.info(`${result.records.length} fiches valides (${checks.hits} reprises de la construction précédente)`);
          return;
        }
        const lines = result.problems.map(formatProblem).join('\n');
        if (command === 'build') {
          const error = new Error(`Le contenu a ${result.problems.length} problème(s) ; rien n’a été construit.\n${lines}`);
          // A content problem is not a bug of the site: Astro prints no stack trace for an error without one.
          error.stack = '';
          throw error;
        }
        logger.warn(`Le contenu a ${result.problems.length} problème(s) ; les fiches concernées ne sont pas affichées :\n${lines}`);
      },
    },
  };
}
