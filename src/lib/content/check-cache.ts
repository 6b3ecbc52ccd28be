// Record checks remembered between builds, by file content: a build after one correction checks
// one file again, not ten thousand. An entry is found only under the same file, text, theme list
// and version of the checking code (every file of src/lib and src/schemas, and the lockfile, so a
// changed rule or dependency checks everything again). What is kept is the outcome (problems,
// header values, text); the YAML positions are read again only if a cross-record check reports a
// problem in that file. Stored with the structured clone format (dates stay dates).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { RecordCheck } from './record.ts';

/** What a check gives, without the YAML positions. */
export interface StoredCheck {
  problems: RecordCheck['problems'];
  record?: Omit<NonNullable<RecordCheck['record']>, 'at'>;
  partial?: Omit<NonNullable<RecordCheck['partial']>, 'at'>;
}

/** Every source file the checks depend on, hashed: the cache's version. */
export function codeVersion(root: string): string {
  const hash = createHash('sha1');
  const files = ['src/lib', 'src/schemas'].flatMap((dir) =>
    readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.ts$/.test(f) && !f.endsWith('.test.ts'))
      .map((f) => path.join(dir, f)),
  );
  for (const f of [...files.sort(), 'package-lock.json']) {
    if (existsSync(path.join(root, f))) hash.update(f).update('\0').update(readFileSync(path.join(root, f))).update('\0');
  }
  return hash.digest('hex');
}

export class CheckCache {
  private readonly file: string;
  private readonly salt: string;
  private readonly previous: Map<string, StoredCheck>;
  private readonly next = new Map<string, StoredCheck>();

  constructor(file: string, salt: string) {
    this.file = file;
    this.salt = salt;
    let previous = new Map<string, StoredCheck>();
    try {
      const stored = deserialize(readFileSync(file)) as { salt: string; entries: Map<string, StoredCheck> };
      if (stored.salt === salt) previous = stored.entries;
    } catch {
      // No cache yet, or one from another version: everything is checked.
    }
    this.previous = previous;
  }

  key(file: string, text: string, themes: readonly string[]): string {
    return createHash('sha1').update(`${file}\0${themes.join(',')}\0`).update(text).digest('hex');
  }

  get(key: string): StoredCheck | undefined {
    const found = this.previous.get(key);
    if (!found) return undefined;
    this.next.set(key, found);
    // Problems get their displayed path later: the stored ones stay as they were.
    return { ...found, problems: found.problems.map((p) => ({ ...p })) };
  }

  set(key: string, check: RecordCheck): void {
    const { record, partial } = check;
    const stored: StoredCheck = { problems: check.problems.map((p) => ({ ...p })) };
    if (record) {
      const { at: _, ...rest } = record;
      stored.record = rest;
    }
    if (partial) stored.partial = { raw: partial.raw };
    this.next.set(key, stored);
  }

  /** Keeps only the entries of this run: deleted or changed files leave the cache. */
  save(): void {
    mkdirSync(path.dirname(this.file), { recursive: true });
    writeFileSync(this.file, serialize({ salt: this.salt, entries: this.next }));
  }

  get hits(): number {
    return [...this.next.keys()].filter((k) => this.previous.has(k)).length;
  }
}
