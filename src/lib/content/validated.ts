// One validation per build: the content guard validates before Astro reads any
// content, and the collections' loader takes the records from that same result, so
// the build publishes exactly what `npm run validate` accepted (never a file the
// validator skipped, such as a link to a template).
import { validateContent, type ValidateOptions, type ValidationResult } from './validation.ts';

const KEY = Symbol.for('cooperations.validated-content');
type Cache = Map<string, ValidationResult>;

function cache(): Cache {
  const g = globalThis as { [KEY]?: Cache };
  g[KEY] ??= new Map();
  return g[KEY];
}

/** The validation of `dir`: computed again when `fresh`, else the last one of this process. */
export function validatedContent(dir: string, fresh = false, options: ValidateOptions = {}): ValidationResult {
  const known = cache().get(dir);
  if (known && !fresh) return known;
  const result = validateContent(dir, options);
  cache().set(dir, result);
  return result;
}
