// French error messages for every zod issue a contributor can meet. Installed once
// with `z.config` so Astro's loader and the validator say the same thing.
import { z } from 'astro/zod';

type Issue = Parameters<NonNullable<z.core.$ZodConfig['customError']>>[0];

const TYPES: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  int: 'un nombre entier',
  boolean: 'true ou false',
  array: 'une liste',
  object: 'un bloc de champs',
  date: 'une date',
  tuple: 'une liste',
};

function received(input: unknown): string {
  if (input === null) return 'une valeur vide';
  if (Array.isArray(input)) return 'une liste';
  if (input instanceof Date) return 'une date';
  if (typeof input === 'string') return `« ${input} »`;
  if (typeof input === 'number') return `le nombre ${input}`;
  if (typeof input === 'boolean') return String(input);
  return 'un bloc de champs';
}

function plural(n: number | bigint, one: string, many: string): string {
  return `${n} ${Number(n) > 1 ? many : one}`;
}

export function frenchError(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'champ obligatoire manquant';
      return `${TYPES[issue.expected] ?? issue.expected} est attendu, pas ${received(issue.input)}`;
    case 'too_small': {
      const min = issue.minimum;
      if (issue.origin === 'string') return `texte trop court : au moins ${plural(min, 'caractère', 'caractères')} (il en a ${typeof issue.input === 'string' ? issue.input.length : 0})`;
      if (issue.origin === 'array') return `il faut au moins ${plural(min, 'élément', 'éléments')}`;
      if (issue.origin === 'number') return issue.inclusive ? `le nombre doit être au moins ${min}` : `le nombre doit être plus grand que ${min}`;
      return `la valeur doit être au moins ${min}`;
    }
    case 'too_big': {
      const max = issue.maximum;
      if (issue.origin === 'string') return `texte trop long : au plus ${plural(max, 'caractère', 'caractères')} (il en a ${typeof issue.input === 'string' ? issue.input.length : 0})`;
      if (issue.origin === 'array') return `au plus ${plural(max, 'élément', 'éléments')}`;
      return `la valeur doit être au plus ${max}`;
    }
    case 'invalid_value':
      if (issue.input === undefined) return 'champ obligatoire manquant';
      return `${received(issue.input)} n'est pas une valeur possible (valeurs possibles : ${issue.values.map(String).join(', ')})`;
    case 'invalid_format':
      if (issue.format === 'email') return `${received(issue.input)} n'est pas une adresse électronique valide`;
      if (issue.format === 'url') return `${received(issue.input)} n'est pas une adresse web valide (elle doit commencer par https:// ou http://)`;
      return undefined;
    case 'unrecognized_keys':
      return issue.keys.length === 1
        ? `le champ « ${issue.keys[0]} » n'existe pas ici`
        : `les champs ${issue.keys.map((k) => `« ${k} »`).join(', ')} n'existent pas ici`;
    default:
      return undefined;
  }
}

let installed = false;
export function installFrenchErrors(): void {
  if (installed) return;
  installed = true;
  z.config(z.locales.fr());
  z.config({ customError: frenchError });
}
