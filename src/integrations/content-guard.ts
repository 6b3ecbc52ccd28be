// Runs the validator before Astro reads any content, so `astro build` fails on
// exactly the rules of `npm run validate`, with the same messages, and nothing
// is half-built.
import type { AstroIntegration } from 'astro';
import { contentDir } from '../lib/content/content-dir.ts';
import { formatProblem, validateContent } from '../lib/content/validation.ts';

export function contentGuard(): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const result = validateContent(contentDir());
        if (!result.problems.length) {
          logger.info(`${result.records.length} fiches valides`);
          return;
        }
        const lines = result.problems.map(formatProblem).join('\n');
        if (command === 'build') {
          throw new Error(`Le contenu a ${result.problems.length} problème(s) ; rien n’a été construit.\n${lines}`);
        }
        logger.warn(`Le contenu a ${result.problems.length} problème(s) :\n${lines}`);
      },
    },
  };
}
