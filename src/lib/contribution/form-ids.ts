// The ids of the proposal form's controls. Each field of a schema becomes a control whose id
// is its path (`f-lieu-commune`), with its help and error message beside it (`…-aide`,
// `…-erreur`); the form also has controls of its own (the text, the file name). A field named
// like one of those would give two elements the same id and the script would read the wrong
// one: reservedNameProblems says so, and the descriptor test runs it on every collection.
import type { Field } from './field-model.ts';
import { fieldId } from './form-values.ts';

/** The form's controls that no schema field makes: the record's text and its file name. */
export const OWN_CONTROLS = { corps: fieldId(['corps']), fichier: fieldId(['fichier']) } as const;

const HELP = 'aide';
const ERROR = 'erreur';

/** The id of the help text of a control. */
export const helpIdOf = (id: string): string => `${id}-${HELP}`;
/** The id of the error message of a control. */
export const errorIdOf = (id: string): string => `${id}-${ERROR}`;

/** Fields whose name would give a control the id of another element, in French. */
export function reservedNameProblems(fields: readonly Field[], depth = 0): string[] {
  const problems: string[] = [];
  for (const f of fields) {
    const at = `« ${f.path} »`;
    // Segments are joined with « - »: a name holding one would read as a path.
    if (f.name.includes('-'))
      problems.push(`${at} : un nom de champ ne contient pas de tiret (les identifiants du formulaire les séparent)`);
    if (depth === 0 && Object.keys(OWN_CONTROLS).includes(f.name))
      problems.push(`${at} : le formulaire a déjà son propre champ « ${f.name} » ; choisissez un autre nom`);
    if (depth > 0 && (f.name === HELP || f.name === ERROR))
      problems.push(`${at} : « ${f.name} » est le nom de l’aide ou du message d’erreur du bloc qui le contient ; choisissez un autre nom`);
    problems.push(...reservedNameProblems(f.fields ?? [], depth + 1));
  }
  return problems;
}
