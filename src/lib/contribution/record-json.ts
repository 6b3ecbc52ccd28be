// What the form loads to edit a record: its values exactly as the file writes them (read
// with the YAML parser from the file itself, never from the page's HTML) and its text.
import { parse } from 'yaml';
import { splitFrontmatter } from '../content/frontmatter.ts';
import type { RecordData } from './form-state.ts';

export interface RecordJson {
  /** File name in its collection's folder, kept by the edit. */
  fichier: string;
  data: RecordData;
  corps: string;
}

export function recordJson(fileName: string, text: string): RecordJson {
  const split = splitFrontmatter(text);
  if (!split.ok) throw new Error(`${fileName}: ${split.message}`);
  // YAML 1.2 core schema, like the validator: 2016-11-25 stays text, as the form writes it.
  const data = (parse(split.value.yaml) ?? {}) as RecordData;
  return { fichier: fileName, data, corps: split.value.body.trim() };
}
