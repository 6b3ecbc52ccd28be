// Collections: one loader per folder of content/ (or CONTENT_DIR), fed by the
// validator (src/lib/validation.ts) rather than by a file pattern, so that Astro
// loads exactly the records `npm run validate` accepted, and the schemas of
// src/schemas read the header as written (text stays text, a time stays a time).
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import path from 'node:path';
import { z } from 'astro/zod';
import { chiffreSchema, chiffresFileSchema, themeSchema } from './schemas/donnees.ts';
import { COLLECTIONS, DESCRIPTORS, createSchemas, type CollectionName, type Schemas } from './schemas/index.ts';
import { contentDir } from './lib/content/content-dir.ts';
import { validatedContent } from './lib/content/validated.ts';
import { recordSource } from './lib/content/sources.ts';
import { CODES_DEPARTEMENTS, CODES_REGIONS } from './lib/territories/territoires.ts';

const dir = contentDir();
const content = () => validatedContent(dir);
const schemas = createSchemas({ themes: content().themes.map((t) => t.id), departements: CODES_DEPARTEMENTS, regions: CODES_REGIONS });

function records(name: CollectionName): Loader {
  return {
    name: `records-${name}`,
    // eslint-disable-next-line @typescript-eslint/unbound-method -- Astro's loader context functions are bound
    load: async ({ store, parseData, renderMarkdown, generateDigest, watcher, config }) => {
      const root = config.root.pathname;
      const sync = async (fresh: boolean) => {
        const kept = new Set<string>();
        for (const record of validatedContent(dir, fresh).records.filter((r) => r.collection === name)) {
          kept.add(record.slug);
          // The header as written and the body: what the page is made of (no copy of the file kept).
          const digest = generateDigest(recordSource(record));
          if (store.get(record.slug)?.digest === digest) continue;
          const filePath = path.resolve(dir, name, `${record.slug}.md`);
          const data = await parseData({ id: record.slug, data: record.raw, filePath });
          // An empty header first, so the renderer never reads the body as a header.
          const rendered = await renderMarkdown(`---\n---\n${record.body}`);
          // The raw text is kept only where the descriptor's `publiee` reads it (a question is
          // published once it has its answer): Astro inlines its whole content cache into the
          // build as one string, and at 10,000 records the raw texts were 44 MB of its 99 MB.
          const body = DESCRIPTORS[name].publiee ? record.body : undefined;
          store.set({ id: record.slug, data, body, filePath: path.relative(root, filePath), digest, rendered });
        }
        for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
      };
      await sync(false);
      watcher?.on('all', (_event, file) => {
        if (path.resolve(file).startsWith(path.join(dir, name) + path.sep)) void sync(true);
      });
    },
  };
}

/** Each collection's config, as defineCollection types it for that collection's schema. */
type RecordCollections = {
  [K in CollectionName]: Schemas[K] extends infer S extends z.core.$ZodType ? ReturnType<typeof defineCollection<S>> : never;
};

export const collections = {
  // One per collection of the descriptor (src/schemas/collections.ts); fromEntries loses the
  // pairing of each name with its schema's type, which RecordCollections gives back.
  ...(Object.fromEntries(COLLECTIONS.map((c) => [c, defineCollection({ loader: records(c), schema: schemas[c] })])) as RecordCollections),
  themes: defineCollection({
    loader: async () => content().themes.map((t) => ({ ...t })),
    schema: themeSchema,
  }),
  chiffres: defineCollection({
    loader: async () => chiffresFileSchema.parse(content().chiffres).map((c, i) => ({ id: `${c.indicateur}-${c.date}-${i}`, ...c })),
    // Already checked by the loader: the schema gives the entries their type.
    schema: chiffreSchema.extend({ id: z.string() }),
  }),
};
