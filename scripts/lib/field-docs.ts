// Generated contributor documents: the field reference (docs/champs.md) and the
// JSON Schemas of schemas/, both from the zod schemas, so that they never drift.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { DESCRIPTORS, COLLECTIONS, createSchemas } from '../../src/schemas/index.ts';
import { chiffresFileSchema, themesFileSchema } from '../../src/schemas/donnees.ts';
import { collectionJsonSchema, fieldsOf, type Field, type ValueLists } from '../../src/lib/contribution/field-model.ts';
import { CODES_DEPARTEMENTS, CODES_REGIONS } from '../../src/lib/territories/territoires.ts';

/** Where the committed JSON Schemas live, relative to the repository. */
export const SCHEMAS_DIR = 'schemas';
export const FIELD_DOC = 'docs/champs.md';

/** `schemas/<name>.schema.json` → its text, for every collection and data file. */
export function jsonSchemaFiles(lists: ValueLists): Record<string, string> {
  const schemas = createSchemas(lists);
  const files: Record<string, string> = {};
  const write = (name: string, title: string, schema: object) => {
    files[`${SCHEMAS_DIR}/${name}.schema.json`] =
      `${JSON.stringify({ ...schema, title, $comment: 'Fichier généré par « npm run schemas » à partir de src/schemas : ne pas le modifier à la main.' }, null, 2)}\n`;
  };
  for (const c of COLLECTIONS)
    write(c, `En-tête d’une fiche ${DESCRIPTORS[c].des} (content/${c}/*.md)`, collectionJsonSchema(schemas[c], lists));
  write('themes', 'Liste des thèmes (content/themes.yaml)', collectionJsonSchema(themesFileSchema, lists));
  write('chiffres', 'Chiffres clés (content/chiffres.yaml)', collectionJsonSchema(chiffresFileSchema, lists));
  return files;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function example(value: unknown): string {
  if (value === undefined) return '';
  return `\`${JSON.stringify(value).replace(/`/g, "'")}\``;
}

function rows(fields: Field[]): string[] {
  return fields.flatMap((f) => {
    const values = f.values && f.values.length <= 20 ? ` Valeurs : ${f.values.map((v) => `\`${v}\``).join(', ')}.` : '';
    const row = `| \`${f.path}\` | ${f.title} | ${f.required ? 'oui' : 'non'} | ${f.typeLabel} | ${cell(f.help)}${values} | ${cell(example(f.example))} |`;
    return [row, ...rows(f.fields ?? [])];
  });
}

/** The field reference of every collection, in Markdown. */
export function fieldReference(lists: ValueLists): string {
  const schemas = createSchemas(lists);
  const out = [
    '# Les champs des fiches',
    '',
    '<!-- Fichier généré par « npm run docs:fields » à partir de src/schemas : ne pas le modifier à la main. -->',
    '',
    'Chaque fiche commence par un en-tête entre deux lignes `---`. Voici tous les champs possibles, collection par collection.',
    'Un champ marqué « oui » est obligatoire. `liste[].champ` désigne un champ de chaque élément d’une liste.',
    'Les thèmes possibles sont ceux de `content/themes.yaml` ; les départements et régions s’écrivent avec leur numéro officiel entre guillemets (`"22"`, `"2A"`, `"974"`).',
    'Le formulaire du site (« Contribuer ») remplit tous ces champs pour vous : cette page sert à qui écrit les fichiers à la main.',
    'Comment contribuer : voir [CONTRIBUTING.md](../CONTRIBUTING.md).',
    '',
  ];
  for (const c of COLLECTIONS) {
    out.push(
      `## ${DESCRIPTORS[c].type} — \`content/${c}/\``,
      '',
      '| Champ | Nom | Obligatoire | Forme | Ce qu’il faut écrire | Exemple |',
      '| --- | --- | --- | --- | --- | --- |',
    );
    out.push(...rows(fieldsOf(collectionJsonSchema(schemas[c], lists))), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** Theme ids from a content folder's themes.yaml, and the official territory codes. */
export function readValueLists(contentDir: string): ValueLists {
  const parsed = parse(readFileSync(path.join(contentDir, 'themes.yaml'), 'utf8')) as Array<{ id: string }>;
  return { themes: parsed.map((t) => t.id), departements: CODES_DEPARTEMENTS, regions: CODES_REGIONS };
}

/** Every generated file, path → text. */
export function generatedFiles(lists: ValueLists): Record<string, string> {
  return { ...jsonSchemaFiles(lists), [FIELD_DOC]: fieldReference(lists) };
}
