// npm run docs:fields / npm run schemas: writes the field reference (docs/champs.md) and
// the editor JSON Schemas (schemas/*.schema.json) from src/schemas. A test fails when
// the committed files differ from what this would write.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FIELD_DOC, fieldReference, jsonSchemaFiles, readValueLists } from './lib/field-docs.ts';

const root = path.resolve(import.meta.dirname, '..');
const lists = readValueLists(path.join(root, 'content'));
const which = process.argv[2];
const files = which === 'schemas' ? jsonSchemaFiles(lists) : which === 'fields' ? { [FIELD_DOC]: fieldReference(lists) } : undefined;
if (!files) {
  console.error('usage : node scripts/contrib-docs.ts fields|schemas');
  process.exit(2);
}
for (const [name, text] of Object.entries(files)) {
  const file = path.join(root, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`écrit : ${name}`);
}
