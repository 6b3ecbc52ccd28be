import { readdirSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
const base = process.env.CONTENT_DIR!;
const c = (name: string) => defineCollection({ loader: glob({ base: `${base}/${name}`, pattern: '[^_]*.md' }) });
// One collection per folder of the corpus, whatever the collections of the real site are.
const names = readdirSync(base, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
export const collections = Object.fromEntries(names.map((name) => [name, c(name)]));
