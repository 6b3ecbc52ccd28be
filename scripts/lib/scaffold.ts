// Creates a record file from content/<collection>/_template.md.
import path from 'node:path';
import { COLLECTIONS } from '../../src/schemas/index.ts';
import { slugify } from '../../src/lib/text/fold.ts';

export interface CreateRecordInput {
  collection: string;
  titre: string;
  today: Date;
  dir: string;
  read(file: string): string;
  exists(file: string): boolean;
  write(file: string, text: string): void;
}

export type CreateRecordResult = { ok: true; file: string; slug: string } | { ok: false; message: string };

/** YAML-safe double-quoted text. */
function quote(text: string): string {
  return JSON.stringify(text);
}

export function createRecordFile(input: CreateRecordInput): CreateRecordResult {
  if (!(COLLECTIONS as readonly string[]).includes(input.collection)) {
    return { ok: false, message: `« ${input.collection} » n’est pas une collection.` };
  }
  const slug = slugify(input.titre);
  if (!slug) return { ok: false, message: 'Le titre doit contenir au moins une lettre ou un chiffre.' };
  const folder = path.join(input.dir, input.collection);
  const file = path.join(folder, `${slug}.md`);
  if (input.exists(file) || input.exists(path.join(folder, `${slug}.mdx`))) {
    return {
      ok: false,
      message: `La fiche ${path.join(input.collection, slug)} existe déjà : rien n’a été écrit. Choisissez un autre titre ou modifiez la fiche existante.`,
    };
  }
  const template = input.read(path.join(folder, '_template.md'));
  const text = template
    .replace(/^titre: .*$/m, `titre: ${quote(input.titre)}`)
    .replace(/AUJOURDHUI/g, input.today.toISOString().slice(0, 10));
  input.write(file, text);
  return { ok: true, file, slug };
}
