// Checks what the form holds with the collection's schema (the same as `npm run validate`)
// and places each message on the control a contributor can fix.
import type { z } from 'astro/zod';
import { SLUG_PATTERN } from '../../schemas/shared/text.ts';
import { OWN_CONTROLS } from './form-ids.ts';
import type { FormField } from './proposal-model.ts';
import { slugify } from '../text/fold.ts';
import type { RecordData } from './form-state.ts';

export interface CheckInput {
  schema: z.ZodType;
  fields: readonly FormField[];
  data: RecordData;
  /** Indexes of each list's items on the page. */
  items: Map<string, string[]>;
  /** Whether the page has a place for messages about this control. */
  hasPlace: (id: string) => boolean;
  fichier: string;
  corps: string;
  bodyRequired: boolean;
  /** Ids of the records of the collection, except the one being edited. */
  existing: ReadonlySet<string>;
}

/** The control that shows an issue at `path`, or its closest parent on the page. */
export function controlFor(path: ReadonlyArray<PropertyKey>, items: Map<string, string[]>, hasPlace: (id: string) => boolean): string {
  let id = 'f';
  let best = 'f-titre';
  for (const seg of path) {
    const next = typeof seg === 'number' ? (items.get(id)?.[seg] ?? String(seg)) : String(seg);
    id = `${id}-${next}`;
    if (hasPlace(id)) best = id;
  }
  return best;
}

function fieldAt(fields: readonly FormField[], path: ReadonlyArray<PropertyKey>): FormField | undefined {
  let list: readonly FormField[] | undefined = fields;
  let field: FormField | undefined;
  for (const seg of path) {
    if (typeof seg === 'number') continue;
    field = list?.find((f) => f.name === seg);
    list = field?.fields;
  }
  return field;
}

const PICK_COMMUNE =
  'choisissez la commune dans la liste proposée (tapez ses premières lettres, puis choisissez-la avec les flèches et Entrée)';

/**
 * A commune is chosen by name and the form fills its official code in: an issue about the code
 * (or about a missing place) is said, in plain words, on the commune's name, the field the
 * contributor can fix.
 */
function communeIssue(path: ReadonlyArray<PropertyKey>, data: RecordData, input: CheckInput): { id: string; message: string } | undefined {
  const last = path.at(-1);
  const lieu = path.length === 1 && last === 'lieu';
  if (last !== 'code_insee' && !lieu) return undefined;
  const base = lieu ? path : path.slice(0, -1);
  const id = controlFor([...base, 'commune'], input.items, input.hasPlace);
  if (!id.endsWith('-commune')) return undefined;
  let holder: unknown = data;
  for (const seg of base) holder = holder && typeof holder === 'object' ? (holder as Record<PropertyKey, unknown>)[seg] : undefined;
  const typed = holder && typeof holder === 'object' ? (holder as Record<string, unknown>).commune : undefined;
  if (typeof typed === 'string' && typed.trim()) return { id, message: PICK_COMMUNE };
  const online = input.fields.some((f) => f.name === 'en_ligne');
  return {
    id,
    message:
      lieu && online
        ? 'indiquez la commune où se tient l’événement, ou cochez « En ligne » ou « Lieu non précisé »'
        : 'indiquez la commune',
  };
}

/** Messages by control id, in the order of the form. */
export function checkForm(input: CheckInput): Map<string, string> {
  const errors = new Map<string, string>();
  const result = input.schema.safeParse(input.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const commune = communeIssue(issue.path, input.data, input);
      if (commune) {
        if (!errors.has(commune.id)) errors.set(commune.id, commune.message);
        continue;
      }
      const id = controlFor(issue.path, input.items, input.hasPlace);
      let message = issue.message;
      if (issue.code === 'invalid_union') {
        message = issue.errors.map((e) => e.find((i) => i.code !== 'invalid_type')).find(Boolean)?.message ?? message;
      }
      const field = fieldAt(input.fields, issue.path);
      if (issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
        message = field?.kind === 'true' ? 'cochez cette case pour confirmer' : 'ce champ est obligatoire';
      } else if (field?.ref && issue.code === 'invalid_format') {
        // A name typed but not chosen: the file would hold the typed text instead of the record's id.
        message = 'choisissez un nom dans la liste proposée (tapez quelques lettres, puis choisissez avec les flèches et Entrée)';
      }
      if (!errors.has(id)) errors.set(id, message);
    }
  }
  const file = input.fichier.trim();
  if (!file) errors.set(OWN_CONTROLS.fichier, 'indiquez un nom de fichier');
  else if (!SLUG_PATTERN.test(file))
    errors.set(
      OWN_CONTROLS.fichier,
      `minuscules sans accents, chiffres et tirets seulement, par exemple « ${slugify(file) || 'ma-fiche'} »`,
    );
  else if (input.existing.has(file))
    errors.set(
      OWN_CONTROLS.fichier,
      `une fiche « ${file} » existe déjà : choisissez un autre nom, ou ouvrez la fiche existante et cliquez sur « Modifier avec le formulaire »`,
    );
  if (input.bodyRequired && input.corps.trim() === '')
    errors.set(OWN_CONTROLS.corps, 'écrivez le texte du témoignage (ou la transcription de l’enregistrement)');
  return errors;
}
